import { generateContent } from '../scripts/generate-content';
import { makeTempDir, removeTempDir } from './cleanup';
import { describeStatuses, hammer, onlyStatus, type LoadFigures } from './load';
import { atMost, check, info, ms, type Row } from './report';
import { searchCaughtUp } from './scale';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// Full-text search over a large archive: GET /api/search at 50,000 generated articles, queries rotating through
// common and rare words, one word and several, a phrase and a prefix, so no one answer is hot in a cache.
export const SEARCH_ARTICLES = 50_000;
/** p99 budget from the issue that asked for search. */
export const SEARCH_P99_MS = 20;
/** One reader's query at a time (the budgeted latency), then ten at once (queueing on the server, for information). */
const CONNECTIONS = [1, 10] as const;
const QUERIES = [
  'climate',
  'energy policy',
  'markets',
  'railways budget',
  'museums',
  '"trade analysis"',
  'vaccin*',
  'parliament protests',
  'arctic shipping',
  'software startups',
  'reported',
  'inflation jobs taxes',
];

export type SearchFigures = { articles: number; loaded: number | null; search: LoadFigures; busy: LoadFigures };

export async function measureSearch(durationS: number, server: SpawnOptions = {}): Promise<SearchFigures> {
  const contentDir = makeTempDir('search-content');
  const dataDir = makeTempDir('search-data');
  try {
    await generateContent({ count: SEARCH_ARTICLES, out: contentDir });
    const running = await spawnServer({ ...server, contentDir, dataDir });
    try {
      await searchCaughtUp(running);
      const loaded = /Loaded (\d+) articles/.exec(running.output())?.[1];
      let next = 0;
      const run = (connections: number) =>
        hammer({
          url: running.url,
          connections,
          duration: durationS,
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                path: `/api/search?q=${encodeURIComponent(QUERIES[next++ % QUERIES.length] ?? '')}`,
              }),
            },
          ],
        });
      const search = await run(CONNECTIONS[0]);
      const busy = await run(CONNECTIONS[1]);
      return { articles: SEARCH_ARTICLES, loaded: loaded ? Number(loaded) : null, search, busy };
    } finally {
      await running.dispose();
    }
  } finally {
    removeTempDir(contentDir);
    removeTempDir(dataDir);
  }
}

export function searchRows(f: SearchFigures): Row[] {
  const at = `@${f.articles.toLocaleString('en-US')}`;
  return [
    atMost(`p99 GET /api/search ${at}, 1 connection`, f.search.p99Ms, SEARCH_P99_MS, ms),
    info(`p50, throughput ${at}, 1 connection`, `${ms(f.search.p50Ms)}, ${Math.round(f.search.rps)} req/s`),
    info(
      `p99, p50, throughput ${at}, 10 connections`,
      `${ms(f.busy.p99Ms)}, ${ms(f.busy.p50Ms)}, ${Math.round(f.busy.rps)} req/s`,
    ),
    check(
      `content and answers ${at}`,
      f.loaded === f.articles && onlyStatus(f.search, 200) && onlyStatus(f.busy, 200),
      `loaded ${f.loaded ?? '?'}; ${describeStatuses(f.search)}; ${describeStatuses(f.busy)}`,
      `all ${f.articles} loaded, only 200`,
    ),
  ];
}
