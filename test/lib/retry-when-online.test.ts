import { describe, expect, it } from 'vitest';
import { browserConnection, retryWhenOnline } from '../../src/lib/retry-when-online';

/** A window with only what the loader uses: `navigator.onLine` and the `online` event, driven by the test. */
function fakeWindow() {
  const events = new EventTarget();
  const navigator = { onLine: true };
  const target = Object.assign(events, { navigator }) as unknown as Window;
  return {
    connection: browserConnection(target),
    goOffline: () => {
      navigator.onLine = false;
      events.dispatchEvent(new Event('offline'));
    },
    goOnline: () => {
      navigator.onLine = true;
      events.dispatchEvent(new Event('online'));
    },
  };
}

/** A chunk loader whose answers the test scripts in order; it records each attempt. */
function scriptedLoader(answers: ('fail' | 'module')[]) {
  const attempts: number[] = [];
  const load = () => {
    attempts.push(attempts.length + 1);
    return answers.shift() === 'module'
      ? Promise.resolve({ RatingForm: 'the form' })
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return { load, attempts };
}

const settled = async <T>(promise: Promise<T>) => {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  // Let every queued microtask (the failed attempt and its handler) run.
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return state;
};

describe('retryWhenOnline', () => {
  it('keeps a chunk that failed offline pending, and loads it when the connection returns', async () => {
    const browser = fakeWindow();
    const { load, attempts } = scriptedLoader(['fail', 'module']);
    browser.goOffline();
    const form = retryWhenOnline(load, browser.connection)();
    expect(await settled(form)).toBe('pending');
    expect(attempts).toEqual([1]);

    browser.goOnline();
    await expect(form).resolves.toEqual({ RatingForm: 'the form' });
    expect(attempts).toEqual([1, 2]);
  });

  it('waits again when the retry fails because the connection dropped again', async () => {
    const browser = fakeWindow();
    const { load, attempts } = scriptedLoader(['fail', 'fail', 'module']);
    browser.goOffline();
    const form = retryWhenOnline(load, browser.connection)();
    await settled(form);
    // Online for a moment, then gone before the retry's answer comes back.
    browser.goOnline();
    browser.goOffline();
    expect(await settled(form)).toBe('pending');
    expect(attempts).toEqual([1, 2]);

    browser.goOnline();
    await expect(form).resolves.toEqual({ RatingForm: 'the form' });
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('rejects a failure while online, for the error boundary to explain', async () => {
    const browser = fakeWindow();
    const { load, attempts } = scriptedLoader(['fail', 'module']);
    await expect(retryWhenOnline(load, browser.connection)()).rejects.toThrow('Failed to fetch');
    browser.goOnline();
    expect(attempts).toEqual([1]);
  });

  it('loads once when nothing fails, and stops listening', async () => {
    const browser = fakeWindow();
    const { load, attempts } = scriptedLoader(['module']);
    await expect(retryWhenOnline(load, browser.connection)()).resolves.toEqual({ RatingForm: 'the form' });
    browser.goOffline();
    browser.goOnline();
    expect(attempts).toEqual([1]);
  });
});
