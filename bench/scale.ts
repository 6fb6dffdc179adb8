import { generateContent } from '../scripts/generate-content';
import type { Budgets } from './budgets';
import { makeTempDir, removeTempDir } from './cleanup';
import { describeStatuses, hammer, onlyStatus, type LoadFigures } from './load';
import { atMost, check, info, ms, notAvailable, type Row } from './report';
import { spawnServer, type SpawnedServer, type SpawnOptions } from '../test/support/spawn-server';

export const SCALE_SIZES = [100, 1_000, 10_000, 50_000, 200_000] as const;
const CONNECTIONS = 20;
const DURATION_S = 3;
/** Detail requests rotate through this many slugs spread over the whole set, not one hot article. */
const SAMPLE_SLUGS = 256;

export type ScalePoint = {
  articles: number;
  generateMs: number;
  /** Articles the server said it loaded ("Loaded N articles"), if it logged it. */
  loaded: number | null;
  /** First start with an empty DATA_DIR: every file parsed and written to the index. */
  firstBuildMs: number;
  firstBuildRssMiB: number;
  /** Restart over the unchanged folder and the same DATA_DIR: the index is read instead. */
  startMs: number;
  rssMiB: number;
  /** From the restart's ready line until search covered the archive (0 when nothing was left to index). */
  searchBacklogMs: number;
  list: LoadFigures;
  detail: LoadFigures;
};

const SEARCH_BEHIND = /Search is indexing \d+ articles in the background/;
const SEARCH_DONE = /Search index complete/;
const SEARCH_WAIT_MS = 15 * 60_000;

/**
 * A large first build leaves search indexing to the background, between requests, and a restart carries on with
 * it: load measured meanwhile would be the indexer's cost, not the lists'. Waits (reading the server's own log)
 * until it says search is complete; how long that took is a figure of its own.
 */
export async function searchCaughtUp(running: SpawnedServer): Promise<number> {
  const started = performance.now();
  for (let log = running.output(); SEARCH_BEHIND.test(log) && !SEARCH_DONE.test(log); log = running.output()) {
    if (performance.now() - started > SEARCH_WAIT_MS) throw new Error('search indexing did not finish in 15 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return performance.now() - started;
}

/** One content size: generate it, start the server on it (first build), restart it (index read), measure, clean up. */
async function measurePoint(articles: number, server: SpawnOptions): Promise<ScalePoint> {
  const contentDir = makeTempDir(`content-${articles}`);
  const dataDir = makeTempDir(`data-${articles}`);
  try {
    const generated = await generateContent({ count: articles, out: contentDir });
    const first = await spawnServer({ ...server, contentDir, dataDir });
    const firstBuildRssMiB = first.rssMiB();
    await first.stop();
    const running = await spawnServer({ ...server, contentDir, dataDir });
    try {
      const rssMiB = running.rssMiB();
      const searchBacklogMs = await searchCaughtUp(running);
      const loaded = /Loaded (\d+) articles/.exec(running.output())?.[1];
      const step = Math.max(1, Math.floor(generated.slugs.length / SAMPLE_SLUGS));
      const slugs = generated.slugs.filter((_, i) => i % step === 0).slice(0, SAMPLE_SLUGS);
      let next = 0;
      const common = { connections: CONNECTIONS, duration: DURATION_S };
      const list = await hammer({ ...common, url: `${running.url}/api/articles?limit=20` });
      const detail = await hammer({
        ...common,
        url: running.url,
        requests: [{ setupRequest: (req) => ({ ...req, path: `/api/articles/${slugs[next++ % slugs.length]}` }) }],
      });
      return {
        articles,
        generateMs: generated.ms,
        loaded: loaded ? Number(loaded) : null,
        firstBuildMs: first.startMs,
        firstBuildRssMiB,
        startMs: running.startMs,
        rssMiB,
        searchBacklogMs,
        list,
        detail,
      };
    } finally {
      await running.dispose();
      await first.dispose();
    }
  } finally {
    removeTempDir(contentDir);
    removeTempDir(dataDir);
  }
}

export async function measureScale(sizes: readonly number[], server: SpawnOptions = {}): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) {
    console.log(`  ${size.toLocaleString('en-US')} articles…`);
    points.push(await measurePoint(size, server));
  }
  return points;
}

export function scaleRows(points: ScalePoint[], budgets: Budgets['scale']): Row[] {
  const rows: Row[] = [];
  const mib = (n: number) => `${Math.round(n)} MiB`;
  for (const p of points) {
    const at = `@${p.articles.toLocaleString('en-US')}`;
    const budgeted = p.articles === budgets.articles;
    rows.push(
      budgeted
        ? atMost(`first build ${at}`, p.firstBuildMs, budgets.firstBuildMs, ms)
        : info(`first build ${at}`, ms(p.firstBuildMs)),
      info(`RSS after first build ${at}`, mib(p.firstBuildRssMiB)),
      budgeted
        ? atMost(`restart (index) ${at}`, p.startMs, budgets.startMs, ms)
        : info(`restart (index) ${at}`, ms(p.startMs)),
      budgeted
        ? atMost(`RSS after restart ${at}`, p.rssMiB, budgets.rssMiB, mib)
        : info(`RSS after restart ${at}`, mib(p.rssMiB)),
      info(`search complete after restart ${at}`, p.searchBacklogMs >= 1 ? ms(p.searchBacklogMs) : 'at once'),
      info(`p99 GET /api/articles?limit=20 ${at}`, `${ms(p.list.p99Ms)} (${Math.round(p.list.rps)} req/s)`),
      info(`p99 GET /api/articles/:slug ${at}`, `${ms(p.detail.p99Ms)} (${Math.round(p.detail.rps)} req/s)`),
    );
    if (p.loaded !== p.articles || !onlyStatus(p.list, 200) || !onlyStatus(p.detail, 200))
      rows.push(
        check(
          `content and answers ${at}`,
          false,
          `loaded ${p.loaded ?? '?'}; list ${describeStatuses(p.list)}; detail ${describeStatuses(p.detail)}`,
          `all ${p.articles} loaded, only 200`,
        ),
      );
  }
  const smallest = points[0];
  const largest = points.find((p) => p.articles === budgets.articles);
  const growth = (label: string, pick: (p: ScalePoint) => number) => {
    const figure = `p99 growth ${label}, @${budgets.articles.toLocaleString('en-US')} ÷ @${smallest?.articles ?? 100}`;
    if (!smallest || !largest || smallest === largest)
      return notAvailable(figure, 'not measured (--scale-max)', `≤ ${budgets.p99GrowthMax}×`);
    const ratio = pick(largest) / Math.max(pick(smallest), 1);
    return atMost(figure, ratio, budgets.p99GrowthMax, (n) => `${n.toFixed(1)}×`);
  };
  if (!largest) {
    const why = 'not measured (--scale-max)';
    const at = `@${budgets.articles.toLocaleString('en-US')}`;
    rows.push(notAvailable(`first build ${at}`, why, `≤ ${ms(budgets.firstBuildMs)}`));
    rows.push(notAvailable(`restart (index) ${at}`, why, `≤ ${ms(budgets.startMs)}`));
    rows.push(notAvailable(`RSS after restart ${at}`, why, `≤ ${budgets.rssMiB} MiB`));
  }
  rows.push(
    growth('GET /api/articles?limit=20', (p) => p.list.p99Ms),
    growth('GET /api/articles/:slug', (p) => p.detail.p99Ms),
  );
  return rows;
}
