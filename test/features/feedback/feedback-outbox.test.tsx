import { waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter } from '../../../src/features/feedback/api/send-feedback';
import { backoffMs, createOutbox, type OutboxEvent } from '../../../src/features/feedback/outbox';
import { OUTBOX_KEY } from '../../../src/features/feedback/outbox-key';
import { createOutboxStore } from '../../../src/features/feedback/outbox-store';
import { createApiClient, type Transport } from '../../../src/lib/api-client';
import { deferred, isolateFeedbackStorage, sentMemoryKey, storedOutbox } from '../../support/feedback';
import { SEED_SLUG } from '../../support/fixtures';
import { problem } from '../../support/problem-response';

// The outbox on its own: what an earlier visit left, what it does with each answer, and when it tries.

const { answerFeedback, recordFeedback, outbox } = isolateFeedbackStorage();
const readOutbox = () => createOutboxStore(() => localStorage).read();

const submission = (comment = 'Out of date') => ({
  idempotencyKey: crypto.randomUUID(),
  kind: 'rating',
  helpful: false,
  reasons: ['Missing context'],
  comment,
  website: '',
  timeOnPageMs: 12_000,
});

/** What an earlier visit would have left in localStorage. */
function leftByEarlierVisit(...bodies: ReturnType<typeof submission>[]) {
  const entries = bodies.map((body) => ({
    slug: SEED_SLUG,
    body,
    attempts: 1,
    nextAttemptAt: Date.now() + 60_000,
    notBefore: 0,
  }));
  localStorage.setItem(OUTBOX_KEY, JSON.stringify(entries));
}

function collectEvents(): OutboxEvent[] {
  const events: OutboxEvent[] = [];
  const unsubscribe = outbox().subscribe((event) => events.push(event));
  afterEach(unsubscribe);
  return events;
}

describe('the feedback outbox', () => {
  it('treats unreadable storage as empty and tidies it away', async () => {
    const received = recordFeedback();
    localStorage.setItem(OUTBOX_KEY, '{"not": json');
    expect(readOutbox()).toEqual([]);
    await outbox().start();
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();

    const good = submission();
    localStorage.setItem(
      OUTBOX_KEY,
      JSON.stringify([
        { nonsense: true },
        { slug: SEED_SLUG, body: good, attempts: 1, nextAttemptAt: 0, notBefore: 0 },
      ]),
    );
    expect(readOutbox().map((e) => e.body)).toEqual([good]);
    expect(received).toEqual([]);
  });

  it('sends what an earlier visit left as soon as the app starts, body and key unchanged', async () => {
    const events = collectEvents();
    const received = recordFeedback();
    const first = submission('first');
    const second = submission('second');
    leftByEarlierVisit(first, second);

    await outbox().start();

    expect(received.map((r) => [r.body, r.status])).toEqual([
      [first, 201],
      [second, 201],
    ]);
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
    expect(localStorage.getItem(sentMemoryKey(SEED_SLUG))).not.toBeNull();
    expect(events.map((e) => [e.type, e.key])).toEqual([
      ['delivered', first.idempotencyKey],
      ['delivered', second.idempotencyKey],
    ]);
  });

  it('drops what the server refuses for good (4xx other than 409 and 429) and never sends it again', async () => {
    const events = collectEvents();
    const received = recordFeedback(() => problem(422, 'No'));
    leftByEarlierVisit(submission());

    await outbox().start();
    await outbox().flush({ ignoreBackoff: true });

    expect(received).toHaveLength(1);
    expect(storedOutbox()).toEqual([]);
    expect(localStorage.getItem(sentMemoryKey(SEED_SLUG))).toBeNull();
    expect(events).toEqual([expect.objectContaining({ type: 'rejected', status: 422 })]);
  });

  it('backs off after a failure', async () => {
    recordFeedback(() => problem(503));
    leftByEarlierVisit(submission());
    const before = Date.now();
    await outbox().start();

    const [entry] = readOutbox();
    expect(entry?.attempts).toBe(2);
    expect(entry?.nextAttemptAt).toBeGreaterThanOrEqual(before + backoffMs(2, () => 0));
    expect(entry?.nextAttemptAt).toBeLessThanOrEqual(Date.now() + backoffMs(2, () => 1));
  });

  it('sends nothing before the time Retry-After gives on 429, even when the browser comes back online', async () => {
    const received = recordFeedback(() =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Too Many Requests', status: 429 },
        { status: 429, headers: { 'retry-after': '120', 'content-type': 'application/problem+json' } },
      ),
    );
    leftByEarlierVisit(submission('one'), submission('two'));
    await outbox().start();

    // The limit is the reader's, not one submission's: the second is not even tried.
    expect(received).toHaveLength(1);
    for (const entry of readOutbox()) expect(entry.notBefore).toBeGreaterThanOrEqual(Date.now() + 119_000);

    window.dispatchEvent(new Event('online'));
    await outbox().flush({ ignoreBackoff: true });
    expect(received).toHaveLength(1);
    expect(readOutbox()).toHaveLength(2);
  });

  it('grows its backoff exponentially with jitter, up to ten minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffMs(30, () => 1)).toBe(600_000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-02-04T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 04 Feb 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('runs one flush at a time: triggers that arrive meanwhile never send an entry twice', async () => {
    const gate = deferred();
    const received = recordFeedback(async (request, slug) => {
      await gate.promise;
      return answerFeedback(request, slug);
    });
    leftByEarlierVisit(submission());

    const started = outbox().start();
    window.dispatchEvent(new Event('online'));
    const again = outbox().flush({ ignoreBackoff: true });
    gate.resolve();
    await Promise.all([started, again]);

    expect(received.map((r) => r.status)).toEqual([201]);
    expect(storedOutbox()).toEqual([]);
  });

  it('tries again on its own once the backoff has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let unsubscribe = () => {};
    try {
      const received = recordFeedback();
      const delivered = new Promise<void>((resolve) => {
        unsubscribe = outbox().subscribe(() => resolve());
      });
      expect(outbox().enqueue(SEED_SLUG, submission())).toBe(true);
      // The first backoff is between 1 and 2 s: nothing goes before a second has passed, all of it by two.
      await vi.advanceTimersByTimeAsync(999);
      expect(received).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_001);
      await delivered;
      expect(received.map((r) => r.status)).toEqual([201]);
      expect(storedOutbox()).toEqual([]);
    } finally {
      unsubscribe();
      vi.useRealTimers();
    }
  });

  it('waits for the `online` event while the browser is offline', async () => {
    const received = recordFeedback();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    leftByEarlierVisit(submission());
    await outbox().start();
    expect(received).toEqual([]);

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(received.map((r) => r.status)).toEqual([201]));
  });

  it('keeps its entries and what it delivered in the storage it was made with, and sends through the client it was given', async () => {
    // Two outboxes, each over its own storage and transport: one's entries, sends and events are never the other's.
    const made = [memoryStorage(), memoryStorage()].map((storage) => {
      const sent: string[] = [];
      const transport: Transport = async (path) => {
        sent.push(path);
        return new Response(JSON.stringify({ id: 'f1', status: 'created' }), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        });
      };
      const box = createOutbox({ api: createApiClient(transport), storage: () => storage });
      const events: string[] = [];
      box.subscribe((event) => events.push(event.type));
      return { storage, box, sent, events };
    });
    const [a, b] = made as [(typeof made)[0], (typeof made)[0]];
    try {
      expect(a.box.enqueue(SEED_SLUG, submission())).toBe(true);
      expect(JSON.parse(a.storage.getItem(OUTBOX_KEY) ?? '[]')).toHaveLength(1);
      expect(b.storage.getItem(OUTBOX_KEY)).toBeNull();
      expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();

      await b.box.flush({ ignoreBackoff: true });
      expect(b.sent).toEqual([]);
      await a.box.flush({ ignoreBackoff: true });
      expect(a.sent).toEqual([`/api/articles/${SEED_SLUG}/feedback`]);
      expect(a.storage.getItem(OUTBOX_KEY)).toBeNull();
      expect(a.events).toEqual(['delivered']);
      expect(b.events).toEqual([]);
      // The delivery is remembered (a later visit says "already sent") in that outbox's storage only.
      expect(a.storage.getItem(sentMemoryKey(SEED_SLUG))).not.toBeNull();
      expect(b.storage.getItem(sentMemoryKey(SEED_SLUG))).toBeNull();
      expect(localStorage.getItem(sentMemoryKey(SEED_SLUG))).toBeNull();
    } finally {
      await Promise.all([a.box.stop(), b.box.stop()]);
    }
  });
});

/** A Storage of its own, so a test can tell which one an outbox wrote to. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
