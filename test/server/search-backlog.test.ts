import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content';
import { ContentFiles } from '../../src/server/content/content-files';
import { indexSearchBacklog } from '../../src/server/content/search/search-backlog';
import { openContentIndex } from '../../src/server/store/content-index';
import { contentFolder } from '../support/content-folder';
import { createTestServer } from '../support/server-app';

const NOW = Date.parse('2031-01-01T00:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((clean) => clean()));

function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Five articles a day apart, each with a word of its own ("zebra0" … "zebra4"), 4 the newest. */
function fiveArticles() {
  const folder = contentFolder('broadsheet-backlog-');
  cleanups.push(folder.dispose);
  for (let day = 0; day < 5; day++)
    folder.write(
      `day-${day}.json`,
      folder.article({
        slug: `day-${day}`,
        headline: `Report zebra${day}`,
        publishedAt: new Date(Date.parse('2030-01-01T08:00:00Z') + day * 86_400_000).toISOString(),
      }),
    );
  return folder;
}

function open(folderDir: string, dataDir: string, searchAtOnce: number) {
  const index = openContentIndex(dataDir);
  const files = new ContentFiles(path.join(folderDir, 'articles'), index, new Set(['politics']), searchAtOnce);
  const found = async (word: string) =>
    (await index.search.search({ query: word, limit: 10, now: NOW }))?.hits.map((h) => h.slug) ?? [];
  return { index, files, found };
}

describe('search indexing after a first build', () => {
  it('indexes a small folder before the scan returns', async () => {
    const folder = fiveArticles();
    const { files, found, index } = open(folder.dir, tempDir('broadsheet-backlog-data-'), 100);
    await files.scan();
    expect(files.searchBacklog()).toBe(0);
    expect(await found('zebra0')).toEqual(['day-0']);
    index.close();
  });

  it('leaves a large one to the background, newest first, and carries on after a restart', async () => {
    const folder = fiveArticles();
    const dataDir = tempDir('broadsheet-backlog-data-');
    const first = open(folder.dir, dataDir, 2);
    await first.files.scan();
    // Every article waits (the five and the sample's): the lists serve, search does not find them yet.
    const waiting = first.files.searchBacklog();
    expect(waiting).toBeGreaterThan(5);
    expect(await first.found('zebra4')).toEqual([]);
    expect(first.files.indexSearch(2)).toBe(2);
    expect(await first.found('zebra4')).toEqual(['day-4']);
    expect(await first.found('zebra3')).toEqual(['day-3']);
    expect(await first.found('zebra2')).toEqual([]);
    first.index.close();

    // A restart over the unchanged folder re-reads no file and finds the same four still waiting.
    const second = open(folder.dir, dataDir, 2);
    await second.files.scan();
    expect(second.files.searchBacklog()).toBe(waiting - 2);
    const indexed: number[] = [];
    await indexSearchBacklog(second.files, { onDone: (n) => indexed.push(n) }).done;
    expect(indexed).toEqual([waiting - 2]);
    expect(await second.found('zebra0')).toEqual(['day-0']);
    expect(second.files.searchBacklog()).toBe(0);

    // Once the backlog is worked off, a change is searchable as soon as it is applied.
    folder.write('day-0.json', folder.article({ slug: 'day-0', headline: 'Report okapi0' }));
    await second.files.update(['day-0.json']);
    expect(await second.found('okapi0')).toEqual(['day-0']);
    expect(await second.found('zebra0')).toEqual([]);
    second.index.close();
  });

  it('keeps each slice of background work short, handing the event loop back between slices', async () => {
    let slices = 0;
    let queued = 100;
    const files = {
      indexSearch(max: number) {
        const n = Math.min(max, queued);
        queued -= n;
        return n;
      },
    };
    await indexSearchBacklog(files, {
      sliceMs: 0,
      schedule: (next) => {
        slices++;
        setImmediate(next);
      },
    }).done;
    expect(queued).toBe(0);
    // A slice of 0 ms still does one step (16 versions): 100 take 7 slices, not one.
    expect(slices).toBe(7);
  });
});

describe('a server over a large first build', () => {
  it('is ready before search has every article, and search finds them all once it says so', async () => {
    const dir = tempDir('broadsheet-backlog-big-');
    const { slugs } = await generateContent({ count: 2_100, out: dir, until: '2026-01-01T00:00:00Z', force: true });
    const log: string[] = [];
    const logStream = new Writable({ write: (chunk, _encoding, done) => done(void log.push(String(chunk))) });
    const server = await createTestServer(dir, { logLevel: 'info', logStream });
    cleanups.push(() => void server.close());
    expect(server.content.size).toBe(2_100);
    expect(log.join('')).toContain('Search is indexing 2100 articles in the background');
    await server.searchComplete;
    const oldest = slugs.at(-1) as string;
    const article = server.content.summary(oldest);
    const res = await server.app.inject({ url: `/api/search?q=${encodeURIComponent(article?.headline ?? '')}` });
    expect(res.json<{ hits: { slug: string }[] }>().hits.map((h) => h.slug)).toContain(oldest);
    expect(log.join('')).toContain('Search index complete (2100 articles indexed in the background)');
  }, 60_000);
});
