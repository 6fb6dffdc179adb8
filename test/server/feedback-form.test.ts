import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { Store } from '../../src/server/store/store';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// The widget's plain HTML forms (no JavaScript): POST /article/:slug, form-encoded, through the JSON API's acceptor.
let server: TestServer;
beforeAll(async () => {
  server = await createTestServer(undefined, { feedbackRateLimit: 1000 });
});
afterAll(() => server.close());

const articleUrl = `/article/${SEED_SLUG}`;
const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, one);
  return params.toString();
};
const postForm = (
  fields: Record<string, string | string[]>,
  {
    target = server,
    headers = {},
    ip = '127.0.0.1',
  }: { target?: TestServer; headers?: Record<string, string>; ip?: string } = {},
) =>
  target.app.inject({
    method: 'POST',
    url: articleUrl,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', ...headers },
    payload: form(fields),
  });
const stored = () => server.store.listFeedback({ spam: 'include' });
/** What was stored under an idempotency key: nothing, or the one item. */
const storedWith = async (key: string) => {
  const record = await server.store.findFeedbackKey(key);
  return (await stored()).filter((f) => f.publicId === record?.publicId);
};

describe('POST /article/:slug (the feedback widget without JavaScript)', () => {
  it('answers Yes, No or Report with a 303 to that step, with a fresh key, storing nothing', async () => {
    const before = (await stored()).length;
    const keys = new Set<string>();
    for (const choose of ['yes', 'no', 'report']) {
      const res = await postForm({ choose });
      expect(res.statusCode).toBe(303);
      const location = new URL(String(res.headers.location), 'http://localhost');
      expect(location.pathname).toBe(articleUrl);
      expect(location.searchParams.get('feedback')).toBe(choose);
      keys.add(location.searchParams.get('key') ?? '');
      expect(location.hash).toBe(choose === 'report' ? '#report-category-0' : '#feedback-reason-0');
    }
    expect(keys.size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await stored()).length).toBe(before);
  });

  it('renders the step’s form with its key, for this reader only (never shared or cached)', async () => {
    const key = randomUUID();
    const res = await server.app.inject({ method: 'GET', url: `${articleUrl}?feedback=no&key=${key}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).toContain(`<input type="hidden" name="idempotencyKey" value="${key}"/>`);
    expect(res.body).toContain('<input type="hidden" name="helpful" value="no"/>');
    expect(res.body).toContain('What was the problem? (optional)');
    expect(res.body).toMatch(/<form [^>]*action="\/article\/[^"#]+#feedback-error-summary" method="post"/);
    // The plain page carries no key: it is shared by every reader.
    const plain = await server.app.inject({ method: 'GET', url: articleUrl });
    expect(plain.headers['cache-control']).toMatch(/^public/);
    expect(plain.body).not.toContain('name="idempotencyKey"');
  });

  it('stores a rating with its reasons and comment, then redirects (303) to the thank-you', async () => {
    const key = randomUUID();
    const res = await postForm({
      kind: 'rating',
      idempotencyKey: key,
      helpful: 'no',
      reasons: ['Missing context', 'Hard to follow'],
      comment: 'Needed more on the talks.',
      website: '',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${articleUrl}?feedback=sent#feedback-sent`);
    const [item] = await storedWith(key);
    expect(item).toMatchObject({
      kind: 'rating',
      helpful: false,
      reasons: ['Missing context', 'Hard to follow'],
      comment: 'Needed more on the talks.',
    });

    const thanks = await server.app.inject({ method: 'GET', url: String(res.headers.location).split('#')[0] });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('<p id="feedback-sent" tabindex="-1">Thank you — your feedback was sent.</p>');
    expect(thanks.headers['cache-control']).toMatch(/^public/);
  });

  it('stores an error report and thanks for it as a report', async () => {
    const key = randomUUID();
    const res = await postForm({
      kind: 'error-report',
      idempotencyKey: key,
      category: 'Out of date',
      comment: 'The meeting has happened since.',
    });
    expect(res.headers.location).toBe(`${articleUrl}?feedback=reported#report-sent`);
    expect((await storedWith(key))[0]).toMatchObject({ kind: 'error-report', category: 'Out of date' });
    const thanks = await server.app.inject({ method: 'GET', url: `${articleUrl}?feedback=reported` });
    expect(thanks.body).toContain('Thank you for reporting this — an editor will look into it.');
  });

  it('stores a form sent twice (a double click, Back and send again) once, thanking both times', async () => {
    const fields = { kind: 'rating', idempotencyKey: randomUUID(), helpful: 'yes', reasons: 'Clear' };
    const before = (await stored()).length;
    const first = await postForm(fields);
    const again = await postForm(fields);
    expect([first.statusCode, again.statusCode]).toEqual([303, 303]);
    expect(again.headers.location).toBe(first.headers.location);
    expect(await storedWith(fields.idempotencyKey)).toHaveLength(1);
    expect((await stored()).length).toBe(before + 1);
  });

  it('removes personal details before storing, as the JSON API does', async () => {
    const key = randomUUID();
    await postForm({
      kind: 'rating',
      idempotencyKey: key,
      helpful: 'no',
      comment: 'Call me on 020 7946 0958 or write to jane.doe@example.com',
    });
    const [item] = await storedWith(key);
    expect(item?.comment).not.toContain('7946');
    expect(item?.comment).not.toContain('jane.doe@example.com');
  });

  it('shows the form again with the errors next to the fields and the text kept (422), storing nothing', async () => {
    const key = randomUUID();
    const typed = 'It says <b>Tuesday</b> & it was Monday';
    const res = await postForm({ kind: 'error-report', idempotencyKey: key, comment: `${typed}${'!'.repeat(2_000)}` });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).toContain('There is a problem');
    expect(res.body).toContain('<p id="report-category-error" class="field-error">');
    expect(res.body).toContain('Choose what kind of error it is');
    expect(res.body).toContain('The description must be 2,000 characters or fewer');
    // What the reader typed is back in the textarea, as text.
    expect(res.body).toContain('It says &lt;b&gt;Tuesday&lt;/b&gt; &amp; it was Monday');
    expect(res.body).not.toContain('<b>Tuesday</b>');
    expect(res.body).toContain(`name="idempotencyKey" value="${key}"`);
    expect(await storedWith(key)).toHaveLength(0);
  });

  it('keeps the rating’s answers when refused, ticked as they were', async () => {
    const res = await postForm({
      kind: 'rating',
      idempotencyKey: randomUUID(),
      helpful: 'yes',
      reasons: ['Clear', 'Missing context'],
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('&quot;Missing context&quot; is not a reason for this answer');
    expect(res.body).toMatch(
      /<input type="checkbox" id="feedback-reason-0"[^>]* name="reasons" checked="" value="Clear"/,
    );
    expect(res.body).toMatch(/<input type="checkbox" id="feedback-reason-1"[^>]* name="reasons" value="Informative"/);
  });

  it('gives a new key when the key was sent before with other answers', async () => {
    const key = randomUUID();
    await postForm({ kind: 'rating', idempotencyKey: key, helpful: 'yes' });
    const res = await postForm({ kind: 'rating', idempotencyKey: key, helpful: 'no' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('This form was already sent with other answers.');
    const newKey = res.body.match(/name="idempotencyKey" value="([^"]+)"/)?.[1];
    expect(newKey).toBeDefined();
    expect(newKey).not.toBe(key);
    expect((await postForm({ kind: 'rating', idempotencyKey: newKey ?? '', helpful: 'no' })).statusCode).toBe(303);
  });

  it('refuses a post from another site (403) and stores nothing', async () => {
    const key = randomUUID();
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of crossSite) {
      const res = await postForm({ kind: 'rating', idempotencyKey: key, helpful: 'yes' }, { headers });
      expect(res.statusCode).toBe(403);
    }
    expect(await storedWith(key)).toHaveLength(0);
  });

  it('takes only form bodies on this route, and form bodies on no other', async () => {
    const json = await server.app.inject({
      method: 'POST',
      url: articleUrl,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ choose: 'yes' }),
    });
    expect(json.statusCode).toBe(415);
    const toApi = await server.app.inject({
      method: 'POST',
      url: `/api/articles/${SEED_SLUG}/feedback`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ kind: 'rating', idempotencyKey: randomUUID(), helpful: 'yes' }),
    });
    expect(toApi.statusCode).toBe(415);
    const missing = await postForm({ choose: 'yes' }, {});
    expect(missing.statusCode).toBe(303);
    const noArticle = await server.app.inject({
      method: 'POST',
      url: '/article/no-such-article',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ choose: 'yes' }),
    });
    expect(noArticle.statusCode).toBe(404);
  });

  it('counts against the same per-reader limit, and says so with the text kept (429, Retry-After)', async () => {
    const limited = await createTestServer(undefined, { feedbackRateLimit: 1 });
    try {
      const send = (comment: string) =>
        postForm(
          { kind: 'rating', idempotencyKey: randomUUID(), helpful: 'no', comment },
          { target: limited, ip: '10.0.0.9' },
        );
      expect((await send('first')).statusCode).toBe(303);
      const res = await send('second, kept for later');
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toContain('Too many submissions from you just now.');
      expect(res.body).toContain('second, kept for later');
    } finally {
      await limited.close();
    }
  });

  it('says the feedback could not be saved when the store cannot write (503), with the text kept', async () => {
    // The real store, except that every write fails as a full disk would.
    const failingWrites = (dataDir: string): Store => {
      const store = openSqliteStore(dataDir);
      return new Proxy(store, {
        get: (target, name, receiver) =>
          name === 'addFeedback'
            ? async () => {
                throw new Error('SQLITE_FULL: database or disk is full');
              }
            : Reflect.get(target, name, receiver),
      });
    };
    const broken = await createTestServer(undefined, { openStore: failingWrites });
    try {
      const res = await postForm(
        { kind: 'rating', idempotencyKey: randomUUID(), helpful: 'no', comment: 'Kept while the disk is full' },
        { target: broken },
      );
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('Your feedback could not be saved just now.');
      expect(res.body).toContain('Kept while the disk is full');
    } finally {
      await broken.close();
    }
  });
});
