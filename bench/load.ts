import { request as httpRequest } from 'node:http';
import autocannon, { type Options, type Result } from 'autocannon';
import type { Budgets } from './budgets';
import { atLeast, atMost, check, info, ms, perSecond, type Row } from './report';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

export const SEED_SLUG = 'trump-petro-white-house-meeting';
export const WARMUP_S = 1;

export type LoadFigures = {
  /** Mean of autocannon's per-second samples. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  durationS: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
};

export function figures(result: Result): LoadFigures {
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    durationS: result.duration,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A short warm-up (JIT, connection set-up), thrown away, then the measured run. */
export async function hammer(options: Options, warmupS = WARMUP_S): Promise<LoadFigures> {
  if (warmupS > 0) await autocannon({ ...options, duration: warmupS });
  return figures(await autocannon(options));
}

/** "200×51234" and anything else that came back: a run that got 404s or resets is not a result. */
export const describeStatuses = (f: LoadFigures): string =>
  [
    ...Object.entries(f.statusCodes).map(([code, n]) => `${code}×${n}`),
    ...(f.errors ? [`errors×${f.errors}`] : []),
    ...(f.timeouts ? [`timeouts×${f.timeouts}`] : []),
  ].join(' ');

export const onlyStatus = (f: LoadFigures, status: number): boolean =>
  f.errors === 0 && f.timeouts === 0 && Object.keys(f.statusCodes).every((code) => code === String(status));

type Response = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export type ConditionalCheck = { encoding: string; etag: string | null; status: number; bodyBytes: number };

/** GET, then the same GET with If-None-Match: the answer should be 304 with an empty body. */
async function conditionalGet(url: string, acceptEncoding: string | null): Promise<ConditionalCheck> {
  const base: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
  const first = await get(url, base);
  const etag = typeof first.headers.etag === 'string' ? first.headers.etag : null;
  if (!etag)
    return { encoding: acceptEncoding ?? 'identity', etag, status: first.status, bodyBytes: first.body.length };
  const second = await get(url, { ...base, 'if-none-match': etag });
  return { encoding: acceptEncoding ?? 'identity', etag, status: second.status, bodyBytes: second.body.length };
}

export type ReadFigures = {
  api: LoadFigures;
  apiCompressed: LoadFigures;
  page: LoadFigures;
  conditional: ConditionalCheck[];
};

/** Each run on its own fresh server, so one run's garbage or caches never help or hurt the next. */
async function withServer<T>(options: SpawnOptions, run: (url: string) => Promise<T>): Promise<T> {
  const server = await spawnServer(options);
  try {
    return await run(server.url);
  } finally {
    await server.dispose();
  }
}

export async function measureReads(durationS: number, server: SpawnOptions = {}): Promise<ReadFigures> {
  const apiPath = `/api/articles/${SEED_SLUG}`;
  const common = { connections: 50, duration: durationS };
  const api = await withServer(server, (url) => hammer({ ...common, url: `${url}${apiPath}` }));
  // As a browser asks: @fastify/compress answers with brotli, which costs the server CPU per response.
  const apiCompressed = await withServer(server, (url) =>
    hammer({ ...common, url: `${url}${apiPath}`, headers: { 'accept-encoding': 'br, gzip' } }),
  );
  const page = await withServer(server, (url) => hammer({ ...common, url: `${url}/article/${SEED_SLUG}` }));
  const conditional = await withServer(server, async (url) => [
    await conditionalGet(`${url}${apiPath}`, null),
    await conditionalGet(`${url}${apiPath}`, 'br, gzip'),
  ]);
  return { api, apiCompressed, page, conditional };
}

export function readRows(f: ReadFigures, budgets: Budgets['load']): Row[] {
  const statuses = (label: string, run: LoadFigures) =>
    check(`${label}: every response 200`, onlyStatus(run, 200), describeStatuses(run), 'only 200');
  return [
    atLeast('GET /api/articles/:slug throughput', f.api.rps, budgets.articleApiRps, perSecond),
    atMost('GET /api/articles/:slug p99', f.api.p99Ms, budgets.articleApiP99Ms, ms),
    statuses('GET /api/articles/:slug', f.api),
    info(
      'GET /api/articles/:slug, br (throughput, p99)',
      `${perSecond(f.apiCompressed.rps)}, ${ms(f.apiCompressed.p99Ms)}`,
    ),
    atLeast('GET /article/:slug (SSR) throughput', f.page.rps, budgets.articlePageRps, perSecond),
    atMost('GET /article/:slug (SSR) p99', f.page.p99Ms, budgets.articlePageP99Ms, ms),
    statuses('GET /article/:slug (SSR)', f.page),
    ...f.conditional.map((c) =>
      check(
        `If-None-Match on the article API (${c.encoding})`,
        c.status === 304 && c.bodyBytes === 0,
        c.etag ? `${c.status}, ${c.bodyBytes} B body` : `no ETag (${c.status})`,
        '304, empty',
      ),
    ),
  ];
}
