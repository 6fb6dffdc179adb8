import { generateContent } from '../scripts/generate-content';
import type { Budgets } from './budgets';
import { makeTempDir, removeTempDir } from './cleanup';
import { describeStatuses, hammer, onlyStatus, type LoadFigures } from './load';
import { atMost, check, info, ms, notAvailable, type Row } from './report';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

export const SCALE_SIZES = [100, 1_000, 10_000, 50_000] as const;
const CONNECTIONS = 20;
const DURATION_S = 3;
/** Detail requests rotate through this many slugs spread over the whole set, not one hot article. */
const SAMPLE_SLUGS = 256;

export type ScalePoint = {
  articles: number;
  generateMs: number;
  /** Articles the server said it loaded ("Loaded N articles"), if it logged it. */
  loaded: number | null;
  startMs: number;
  rssMiB: number;
  list: LoadFigures;
  detail: LoadFigures;
};

/** One content size: generate it, start the server on it, measure, throw it all away. */
async function measurePoint(articles: number, server: SpawnOptions): Promise<ScalePoint> {
  const contentDir = makeTempDir(`content-${articles}`);
  try {
    const generated = await generateContent({ count: articles, out: contentDir });
    const running = await spawnServer({ ...server, contentDir });
    try {
      const rssMiB = running.rssMiB();
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
        startMs: running.startMs,
        rssMiB,
        list,
        detail,
      };
    } finally {
      await running.dispose();
    }
  } finally {
    removeTempDir(contentDir);
  }
}

export async function measureScale(maxArticles: number, server: SpawnOptions = {}): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  for (const size of SCALE_SIZES.filter((n) => n <= maxArticles)) {
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
      budgeted ? atMost(`start time ${at}`, p.startMs, budgets.startMs, ms) : info(`start time ${at}`, ms(p.startMs)),
      budgeted
        ? atMost(`RSS after start ${at}`, p.rssMiB, budgets.rssMiB, mib)
        : info(`RSS after start ${at}`, mib(p.rssMiB)),
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
    rows.push(notAvailable(`start time @${budgets.articles.toLocaleString('en-US')}`, why, `≤ ${ms(budgets.startMs)}`));
    rows.push(
      notAvailable(`RSS after start @${budgets.articles.toLocaleString('en-US')}`, why, `≤ ${budgets.rssMiB} MiB`),
    );
  }
  rows.push(
    growth('GET /api/articles?limit=20', (p) => p.list.p99Ms),
    growth('GET /api/articles/:slug', (p) => p.detail.p99Ms),
  );
  return rows;
}
