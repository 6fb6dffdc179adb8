import fc from 'fast-check';

// Random requests against every route: methods, paths (real ones, mangled ones, traversal),
// headers and bodies. The server may refuse anything, but only ever with a 4xx: never a 5xx.

const slugs = [
  'trump-petro-white-house-meeting',
  'no-such-article',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'a'.repeat(300),
  '%E0%A4%A',
];
const paths = fc.oneof(
  fc.constantFrom(
    '/',
    '/section/politics',
    '/section/%2e%2e',
    '/editor',
    '/api/publication',
    '/api/trending',
    '/api/articles',
    '/api/articles?limit=-1',
    '/api/articles?limit=1e309',
    '/api/articles?cursor=%FF%FE',
    '/api/articles?section[]=a&section[]=b',
    '/api/admin/feedback',
    '/api/admin/feedback.csv?from=2026-13-45',
    '/api/admin/session',
    '/assets/../../package.json',
    '/favicon.ico',
    '/images/../../../etc/passwd',
  ),
  fc.constantFrom(...slugs).map((s) => `/article/${s}`),
  fc.constantFrom(...slugs).map((s) => `/api/articles/${s}`),
  fc.constantFrom(...slugs).map((s) => `/api/articles/${s}/feedback`),
  fc.constantFrom(...slugs).map((s) => `/api/articles/${s}/views`),
  fc.webPath().map((p) => p || '/'),
  fc.string({ maxLength: 60 }).map((s) => `/${encodeURIComponent(s)}`),
);

const bodies = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"kind":"rating",'),
  fc
    .record({
      idempotencyKey: fc.oneof(fc.uuid(), fc.string()),
      kind: fc.constantFrom('rating', 'error-report', 'other'),
      helpful: fc.oneof(fc.boolean(), fc.string()),
      reasons: fc.array(fc.string(), { maxLength: 3 }),
      comment: fc.string({ maxLength: 100 }),
      category: fc.string(),
    })
    .map((v) => JSON.stringify(v)),
);

export const fuzzRequest = fc.record({
  method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
  url: paths,
  contentType: fc.constantFrom(
    undefined,
    'application/json',
    'text/plain',
    'application/json; charset=utf-16',
    'multipart/form-data',
  ),
  body: bodies,
  extraHeaders: fc.dictionary(
    fc.constantFrom(
      'if-none-match',
      'accept',
      'accept-encoding',
      'cookie',
      'authorization',
      'origin',
      'sec-fetch-site',
      'range',
    ),
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('*', 'gzip, br', 'bytes=0-1', 'Bearer x', 'null', 'cross-site'),
    ),
  ),
});

export type FuzzRequest = typeof fuzzRequest extends fc.Arbitrary<infer T> ? T : never;

/** Header values as HTTP allows them (visible ASCII): the fuzz is about the server, not the client library. */
export function toHeaders({ contentType, extraHeaders }: FuzzRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(extraHeaders)) headers[name] = value.replace(/[^\x20-\x7e]/g, '');
  if (contentType) headers['content-type'] = contentType;
  return headers;
}
