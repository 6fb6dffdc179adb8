import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/server/content/parse-article-file';
import { contentFolder } from '../support/content-folder';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer } from '../support/server-app';

// The index in DATA_DIR is what a restart reads instead of parsing every file again.
let folder: ReturnType<typeof contentFolder>;
let dataDir: string;
beforeEach(() => {
  folder = contentFolder('broadsheet-index-');
  dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-index-data-'));
});
afterEach(() => {
  folder.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

async function serve(problems: ContentProblem[] = []) {
  const server = await createTestServer(folder.dir, { dataDir, onContentProblem: (p) => problems.push(p) });
  const headline = async (slug: string) =>
    (await server.app.inject({ method: 'GET', url: `/api/articles/${slug}` })).json<{
      article?: { headline: string };
    }>().article?.headline;
  return { server, headline };
}

describe('the content index', () => {
  it('is read on restart for files whose size and mtime are unchanged: they are not parsed again', async () => {
    const mtime = new Date('2026-11-01T10:00:00Z');
    folder.write('kept.json', folder.article({ slug: 'kept', headline: 'Version A' }));
    utimesSync(folder.fileOf('kept.json'), mtime, mtime);
    const first = await serve();
    expect(await first.headline('kept')).toBe('Version A');
    await first.server.close();
    // Same size, same mtime, other words: only a re-parse could tell.
    folder.write('kept.json', folder.article({ slug: 'kept', headline: 'Version B' }));
    utimesSync(folder.fileOf('kept.json'), mtime, mtime);
    const second = await serve();
    expect(await second.headline('kept')).toBe('Version A');
    await second.server.close();
  });

  it('parses files changed while stopped, and keeps the last good version of one that went bad', async () => {
    folder.write('edited.json', folder.article({ slug: 'edited', headline: 'Before' }));
    folder.write('broken.json', folder.article({ slug: 'broken', headline: 'Still good' }));
    const first = await serve();
    await first.server.close();
    folder.write('edited.json', folder.article({ slug: 'edited', headline: 'After the restart' }));
    folder.write('broken.json', '{ "slug": "broken", ');
    folder.remove(`${SEED_SLUG}.json`);
    const problems: ContentProblem[] = [];
    const second = await serve(problems);
    expect(await second.headline('edited')).toBe('After the restart');
    expect(await second.headline('broken')).toBe('Still good');
    expect(problems).toEqual([expect.objectContaining({ file: folder.fileOf('broken.json'), path: '(file)' })]);
    expect(await second.headline(SEED_SLUG)).toBeUndefined();
    await second.server.close();
  });
});
