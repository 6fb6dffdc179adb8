import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateContent } from '../scripts/generate-content';
import type { Budgets } from './budgets';
import { makeTempDir, removeTempDir } from './cleanup';
import { loopDelay, LOOP_DELAY_MONITOR } from './loop-delay';
import { atMost, info, ms, type Row } from './report';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// A `git pull` into the content folder of a running server (budgets.json: contentPull): thousands of files
// edited, added and removed at once. The watcher coalesces them and applies them a step at a time; this measures
// how long until the last of them shows, and the longest the server's event loop stalled meanwhile (measured
// inside the server, bench/loop-delay-monitor.mjs).

const IDLE_BASELINE_MS = 2_000;
const POLL_MS = 50;
/** Of the changed files, this many per kind (spread over the set, the last by name included) are polled. */
const PROBES = 16;
const EDITED_MARK = ' (updated by a pull)';

export type ContentPullFigures = {
  articles: number;
  edited: number;
  added: number;
  removed: number;
  /** From the first file written to every probed change showing in the API. */
  visibleMs: number;
  writeMs: number;
  maxStallMs: number;
  p99DelayMs: number;
  idleMaxStallMs: number;
};

type ArticleJson = { slug: string; headline: string };

/** Every `step`-th item and the last: what the poll checks stands for the whole change. */
const probes = <T>(items: T[]): T[] => {
  const step = Math.max(1, Math.floor(items.length / PROBES));
  return [...new Set([...items.filter((_, i) => i % step === 0), items.at(-1) as T])];
};

export async function measureContentPull(
  { articles, changedFiles }: Budgets['contentPull'],
  server: SpawnOptions = {},
): Promise<ContentPullFigures> {
  const contentDir = makeTempDir('pull-content');
  const dataDir = makeTempDir('pull-data');
  const delayFile = path.join(dataDir, 'loop-delay.json');
  try {
    const { slugs } = await generateContent({ count: articles, out: contentDir });
    const articlesDir = path.join(contentDir, 'articles');
    const fileOf = (slug: string) => path.join(articlesDir, `${slug}.json`);
    const removedCount = Math.round(changedFiles * 0.02);
    const addedCount = removedCount;
    const editedCount = changedFiles - removedCount - addedCount;
    // Spread over the archive, as a pull of a day's corrections would be.
    const step = Math.floor(slugs.length / (editedCount + removedCount));
    const touched = slugs.filter((_, i) => i % step === 0).slice(0, editedCount + removedCount);
    const edited = touched.slice(0, editedCount);
    const removed = touched.slice(editedCount);
    const added = edited.slice(0, addedCount).map((slug) => `${slug}-follow-up`);

    const running = await spawnServer({
      ...server,
      contentDir,
      dataDir,
      env: { ...server.env, NODE_OPTIONS: `--import ${LOOP_DELAY_MONITOR}`, LOOP_DELAY_FILE: delayFile },
    });
    try {
      await loopDelay(running.pid, delayFile, 1);
      await sleep(IDLE_BASELINE_MS);
      const idle = await loopDelay(running.pid, delayFile, 2);

      const started = performance.now();
      // Written as git checks files out: one after another, in place, as fast as the disk takes them.
      for (const slug of edited) {
        const article = JSON.parse(readFileSync(fileOf(slug), 'utf8')) as ArticleJson;
        writeFileSync(fileOf(slug), JSON.stringify({ ...article, headline: article.headline + EDITED_MARK }));
      }
      added.forEach((slug, i) => {
        const article = JSON.parse(readFileSync(fileOf(edited[i] as string), 'utf8')) as ArticleJson;
        writeFileSync(fileOf(slug), JSON.stringify({ ...article, slug, related: undefined }));
      });
      for (const slug of removed) rmSync(fileOf(slug));
      const writeMs = performance.now() - started;

      const api = (slug: string) => fetch(running.at(`/api/articles/${slug}`));
      const shows = {
        edit: async (slug: string) => {
          const answer = await api(slug);
          return (
            answer.ok && ((await answer.json()) as { article: ArticleJson }).article.headline.endsWith(EDITED_MARK)
          );
        },
        add: async (slug: string) => (await api(slug)).status === 200,
        remove: async (slug: string) => (await api(slug)).status === 410,
      };
      const waiting = [
        ...probes(edited).map((slug) => () => shows.edit(slug)),
        ...probes(added).map((slug) => () => shows.add(slug)),
        ...probes(removed).map((slug) => () => shows.remove(slug)),
      ];
      while (waiting.length > 0) {
        const done = await Promise.all(waiting.map((check) => check()));
        for (let i = done.length - 1; i >= 0; i--) if (done[i]) waiting.splice(i, 1);
        if (waiting.length > 0) await sleep(POLL_MS);
      }
      const visibleMs = performance.now() - started;
      const delay = await loopDelay(running.pid, delayFile, 3);
      return {
        articles,
        edited: edited.length,
        added: added.length,
        removed: removed.length,
        visibleMs,
        writeMs,
        maxStallMs: Math.max(0, delay.maxMs - delay.resolutionMs),
        p99DelayMs: delay.p99Ms,
        idleMaxStallMs: Math.max(0, idle.maxMs - idle.resolutionMs),
      };
    } finally {
      await running.dispose();
    }
  } finally {
    removeTempDir(contentDir);
    removeTempDir(dataDir);
  }
}

export function contentPullRows(f: ContentPullFigures, budgets: Budgets['contentPull']): Row[] {
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    info(
      'files changed at once',
      `${n(f.edited)} edited, ${n(f.added)} added, ${n(f.removed)} removed, of ${n(f.articles)}; written in ${ms(f.writeMs)}`,
    ),
    info('until every change shows in the API', ms(f.visibleMs)),
    atMost('longest event-loop stall in the server', f.maxStallMs, budgets.maxStallMs, ms),
    info('event-loop delay p99 (timer period included)', ms(f.p99DelayMs)),
    info('longest stall with the server idle (the machine alone)', ms(f.idleMaxStallMs)),
  ];
}
