import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackReportSchema } from '../../src/contract/feedback';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'editor-token-for-tests';
const bearer = { authorization: `Bearer ${TOKEN}` };
let server: TestServer;

const post = (body: Record<string, unknown>) =>
  server.app.inject({
    method: 'POST',
    url: `/api/articles/${SEED_SLUG}/feedback`,
    headers: { 'content-type': 'application/json' },
    payload: { idempotencyKey: randomUUID(), kind: 'rating', helpful: true, ...body },
  });
const report = async (query = '') =>
  feedbackReportSchema.parse((await server.app.inject({ url: `/api/admin/feedback${query}`, headers: bearer })).json());
const mark = (id: string, payload: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  server.app.inject({
    method: 'PUT',
    url: `/api/admin/feedback/${id}/spam`,
    headers: { ...bearer, ...headers },
    payload: JSON.stringify(payload),
  });

beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: TOKEN, feedbackRateLimit: 1000 });
  await post({ timeOnPageMs: 10_000 });
  // A quick reader and two bots: thanked, and held back as suspected spam.
  await post({ timeOnPageMs: 1_200, comment: 'Quick but real' });
  await post({ timeOnPageMs: 10_000, website: 'http://spam.example' });
  await post({ timeOnPageMs: 500, helpful: false });
});
afterAll(() => server.close());

describe('suspected spam', () => {
  it('counts what is held back beside the totals and lists it in the spam view', async () => {
    const main = await report();
    expect(main.totals).toMatchObject({ yes: 1, no: 0, heldBack: 3 });
    const spam = await report('?spam=only');
    expect(spam.recent).toHaveLength(3);
    expect(spam.recent.every((item) => item.spam)).toBe(true);
    expect(spam.totals).toMatchObject({ yes: 2, no: 1, heldBack: 3 });
  });

  it('marks an item not spam, which puts it in the totals, and back', async () => {
    const quick = (await report('?spam=only')).recent.find((item) => item.comment === 'Quick but real');
    expect(quick).toBeDefined();
    expect((await mark(quick?.id as string, { spam: false })).statusCode).toBe(204);
    const after = await report();
    expect(after.totals).toMatchObject({ yes: 2, heldBack: 2 });
    expect(after.recent.find((item) => item.id === quick?.id)?.spam).toBe(false);

    expect((await mark(quick?.id as string, { spam: true })).statusCode).toBe(204);
    expect((await report()).totals).toMatchObject({ yes: 1, heldBack: 3 });
  });

  it('answers 404 for an unknown item, 422 naming the field for a bad verdict, and needs an editor', async () => {
    expect((await mark('no-such-id', { spam: true })).statusCode).toBe(404);
    const id = (await report()).recent[0]?.id as string;
    const bad = await mark(id, { spam: 'maybe' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('spam');
    expect((await mark(id, { spam: true }, { 'content-type': 'text/plain' })).statusCode).toBe(415);
    const anonymous = await server.app.inject({
      method: 'PUT',
      url: `/api/admin/feedback/${id}/spam`,
      headers: { 'content-type': 'application/json' },
      payload: '{"spam":true}',
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
