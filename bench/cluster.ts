import pg from 'pg';
import type { Budgets } from './budgets';
import { onCleanUp } from './cleanup';
import { submitUnderLoad, verificationRow, verifyKeys, type Submitted, type Verification } from './feedback';
import { describeStatuses, hammer, onlyStatus, SEED_SLUG, type LoadFigures } from './load';
import { atLeast, atMost, check, info, ms, perSecond, type Row } from './report';
import { startPostgresCluster, type PostgresCluster } from '../test/support/postgres';
import { spawnServer, type SpawnedServer, type SpawnOptions } from '../test/support/spawn-server';
import { startVarnish } from '../test/support/varnish';

// Past one machine (docs/deploy.md): the article page through Varnish, feedback into PostgreSQL, and what a
// second instance buys on this machine.

const PAGE = `/article/${SEED_SLUG}`;
const NO_LIMIT = { FEEDBACK_RATE_LIMIT: '1000000000' };

async function withServers<T>(count: number, options: SpawnOptions, run: (servers: SpawnedServer[]) => Promise<T>) {
  const servers = await Promise.all(Array.from({ length: count }, () => spawnServer(options)));
  const forget = onCleanUp(() => Promise.all(servers.map((s) => s.dispose())));
  try {
    return await run(servers);
  } finally {
    await Promise.all(servers.map((s) => s.dispose()));
    forget();
  }
}

async function withPostgres<T>(run: (cluster: PostgresCluster) => Promise<T>): Promise<T> {
  // fsync on: an acknowledged write is on disk, as in production.
  const cluster = await startPostgresCluster({ fsync: true });
  const forget = onCleanUp(() => cluster.destroy());
  try {
    return await run(cluster);
  } finally {
    await cluster.destroy();
    forget();
  }
}

const portOf = (server: SpawnedServer) => Number(new URL(server.url).port);

export type CacheFigures = { cached: LoadFigures; direct: LoadFigures; lastXCache: string };

/** The page through Varnish in front of two instances, and straight from one of them, same load. */
export async function measureCache(durationS: number, server: SpawnOptions = {}): Promise<CacheFigures> {
  return withServers(2, server, async (instances) => {
    const varnish = await startVarnish([portOf(instances[0] as SpawnedServer), portOf(instances[1] as SpawnedServer)]);
    const forget = onCleanUp(() => varnish.stop());
    try {
      // As a browser asks: Varnish keeps the gzip copy and sends it as it is (9 kB against 38 kB plain). Two
      // autocannon worker threads: one thread parsing 9 kB answers is the ceiling otherwise, not Varnish.
      const common = {
        connections: 50,
        duration: durationS,
        workers: 2,
        headers: { 'accept-encoding': 'gzip, br' },
      };
      const cached = await hammer({ ...common, url: `${varnish.url}${PAGE}` });
      const last = await fetch(`${varnish.url}${PAGE}`, { headers: common.headers });
      await last.arrayBuffer();
      const direct = await hammer({ ...common, url: `${(instances[0] as SpawnedServer).url}${PAGE}` });
      return { cached, direct, lastXCache: last.headers.get('x-cache') ?? 'none' };
    } finally {
      await varnish.stop();
      forget();
    }
  });
}

export function cacheRows(f: CacheFigures, budgets: Budgets['cluster']): Row[] {
  return [
    atLeast('GET article page through Varnish', f.cached.rps, budgets.cachedPageRps, perSecond),
    atMost('GET article page through Varnish p99', f.cached.p99Ms, budgets.cachedPageP99Ms, ms),
    check(
      'through Varnish: every response 200, no errors',
      onlyStatus(f.cached, 200),
      describeStatuses(f.cached),
      'only 200',
    ),
    info('X-Cache after the run', f.lastXCache),
    info(
      'same page straight from one instance (throughput, p99)',
      `${perSecond(f.direct.rps)}, ${ms(f.direct.p99Ms)}, ${describeStatuses(f.direct)}`,
    ),
  ];
}

async function storedKeys(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>('SELECT idempotency_key AS key FROM feedback');
    return new Set(rows.map((r) => r.key));
  } finally {
    await client.end();
  }
}

export type PostgresFeedbackFigures = { stored: Submitted['figures']; verification: Verification };

/** Feedback writes into PostgreSQL (fsync on), every acknowledged key checked in the database afterwards. */
export async function measurePostgresFeedback(
  durationS: number,
  server: SpawnOptions = {},
): Promise<PostgresFeedbackFigures> {
  return withPostgres(async (cluster) => {
    const url = await cluster.createDatabase();
    const env = { ...server.env, ...NO_LIMIT, DATABASE_URL: url };
    const submitted = await withServers(1, { ...server, env }, async ([instance]) =>
      submitUnderLoad((instance as SpawnedServer).url, `/api/articles/${SEED_SLUG}/feedback`, durationS, 1),
    );
    return { stored: submitted.figures, verification: verifyKeys(await storedKeys(url), submitted.keys) };
  });
}

export function postgresFeedbackRows(f: PostgresFeedbackFigures, budgets: Budgets['cluster']): Row[] {
  return [
    atLeast('POST feedback into PostgreSQL: acknowledged (201)/s', f.stored.rps, budgets.postgresFeedbackPerSec, (n) =>
      perSecond(n, '/s'),
    ),
    info('POST feedback into PostgreSQL: p99, statuses', `${f.stored.p99Ms} ms, ${describeStatuses(f.stored)}`),
    verificationRow(f.verification),
  ];
}

export type InstancesFigures = { one: LoadFigures; two: LoadFigures[]; ratio: number };

/**
 * The article page from one instance, then from two at once, half the connections on each. On a machine whose
 * two cores the load generator (this process) and PostgreSQL also need, a second instance buys little.
 */
export async function measureInstances(durationS: number, server: SpawnOptions = {}): Promise<InstancesFigures> {
  return withPostgres(async (cluster) => {
    const env = { ...server.env, DATABASE_URL: await cluster.createDatabase() };
    const options = { ...server, env };
    // Each instance answers the page from its own page cache after the first render: this is the HTTP path
    // (routing, headers, compression off), the part a second process can take over.
    const one = await withServers(1, options, ([a]) =>
      hammer({ connections: 50, duration: durationS, url: `${(a as SpawnedServer).url}${PAGE}` }),
    );
    const two = await withServers(2, options, (instances) =>
      Promise.all(instances.map((i) => hammer({ connections: 25, duration: durationS, url: `${i.url}${PAGE}` }))),
    );
    const total = two.reduce((sum, f) => sum + f.rps, 0);
    return { one, two, ratio: total / one.rps };
  });
}

export function instancesRows(f: InstancesFigures): Row[] {
  const total = f.two.reduce((sum, run) => sum + run.rps, 0);
  return [
    info('article page, one instance (throughput, p99)', `${perSecond(f.one.rps)}, ${ms(f.one.p99Ms)}`),
    info(
      'article page, two instances together (throughput, worst p99)',
      `${perSecond(total)}, ${ms(Math.max(...f.two.map((r) => r.p99Ms)))}`,
    ),
    info('two instances ÷ one', `${f.ratio.toFixed(2)}×`),
    check(
      'every response 200',
      [f.one, ...f.two].every((run) => onlyStatus(run, 200)),
      [f.one, ...f.two].map(describeStatuses).join(' | '),
      'only 200',
    ),
  ];
}
