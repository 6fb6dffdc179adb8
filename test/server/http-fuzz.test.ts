import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../support/server-app';
import { fuzzRequest, toHeaders } from '../soak/http-fuzz';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: 'fuzz-token-0123456789', feedbackRateLimit: 1_000_000 });
});
afterAll(() => server.close());

// The short version; `npm run soak` sends 10,000 over real HTTP.
describe('HTTP surface under random requests', () => {
  it('never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (request) => {
        const res = await server.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: toHeaders(request),
          ...(request.body !== undefined && !['GET', 'HEAD'].includes(request.method) ? { payload: request.body } : {}),
        });
        expect(res.statusCode, `${request.method} ${request.url}`).toBeLessThan(500);
      }),
      { numRuns: 2_000 },
    );
  }, 120_000);
});
