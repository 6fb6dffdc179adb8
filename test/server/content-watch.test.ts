import { mkdirSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/server/content/parse-article-file';
import { contentFolder } from '../support/content-folder';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// A newsroom writes files into the content folder of a running server; readers see each change within 2 s.
const WITHIN = { timeout: 2_000, interval: 20 };

const folder = contentFolder('broadsheet-watch-');
const problems: ContentProblem[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await createTestServer(folder.dir, { watch: true, onContentProblem: (p) => problems.push(p) });
});
afterAll(async () => {
  await server.close();
  folder.dispose();
});

const get = (url: string) => server.app.inject({ method: 'GET', url });
const status = async (url: string) => (await get(url)).statusCode;
const body = async (url: string) => (await get(url)).body;
const headline = async (slug: string) =>
  (await get(`/api/articles/${slug}`)).json<{ article?: { headline: string } }>().article?.headline;
/** Waits for a problem about this file to be logged, and returns it. */
const problemAbout = async (file: string, fieldPath?: string) => {
  const find = () => problems.find((p) => p.file === file && (fieldPath === undefined || p.path === fieldPath));
  await expect.poll(find, WITHIN).toBeDefined();
  return find() as ContentProblem;
};
// Newer than the sample content, and in the past (a future date would be scheduled, not shown).
const NEWEST = '2026-11-30T08:00:00Z';

describe('publishing into a running server', () => {
  it('shows a new file on the front page, its section list, the API and its URL', async () => {
    for (const url of ['/', '/section/science', '/api/articles?section=science']) await get(url); // warm the caches
    folder.write(
      'breaking.json',
      folder.article({ slug: 'breaking', headline: 'Breaking: a new story', section: 'science', publishedAt: NEWEST }),
    );

    await expect.poll(() => status('/article/breaking'), WITHIN).toBe(200);
    expect(await body('/article/breaking')).toContain('<h1>Breaking: a new story</h1>');
    expect(await body('/')).toContain('Breaking: a new story');
    expect(await body('/section/science')).toContain('Breaking: a new story');
    expect(await body('/api/articles?section=science')).toContain('"slug":"breaking"');
  });

  it('shows an edit on the article page, its API answer and every list, caches included', async () => {
    for (const url of ['/', `/article/${SEED_SLUG}`, `/api/articles/${SEED_SLUG}`]) await get(url);
    folder.write(`${SEED_SLUG}.json`, folder.article({ headline: 'A corrected headline' }));
    await expect.poll(() => headline(SEED_SLUG), WITHIN).toBe('A corrected headline');
    expect(await body(`/article/${SEED_SLUG}`)).toContain('<h1>A corrected headline</h1>');
    expect(await body('/')).toContain('A corrected headline');
    expect(await body('/api/articles?section=politics')).toContain('A corrected headline');
  });

  it('answers 410 with a page for a removed file, and lists it nowhere', async () => {
    folder.write(
      'short-lived.json',
      folder.article({ slug: 'short-lived', headline: 'Here and gone', publishedAt: NEWEST }),
    );
    await expect.poll(() => status('/article/short-lived'), WITHIN).toBe(200);
    expect(await body('/')).toContain('Here and gone');
    folder.remove('short-lived.json');
    await expect.poll(() => status('/article/short-lived'), WITHIN).toBe(410);
    expect(await body('/article/short-lived')).toContain('<h1>This article has been removed</h1>');
    expect(await status('/api/articles/short-lived')).toBe(410);
    expect(await body('/')).not.toContain('Here and gone');
    expect(await body('/api/articles?limit=50')).not.toContain('short-lived');
  });

  it('keeps the last good version of a half-written file, logs the problem, then shows the finished file', async () => {
    const text = folder.article({ slug: 'in-progress', headline: 'First draft', publishedAt: NEWEST });
    folder.write('in-progress.json', text);
    await expect.poll(() => headline('in-progress'), WITHIN).toBe('First draft');
    const next = folder.article({ slug: 'in-progress', headline: 'Second draft', publishedAt: NEWEST });
    folder.write('in-progress.json', next.slice(0, next.length / 2)); // an editor's save, half done
    const problem = await problemAbout(folder.fileOf('in-progress.json'));
    expect(problem.path).toBe('(file)');
    expect(await headline('in-progress')).toBe('First draft');
    expect(await body('/article/in-progress')).toContain('<h1>First draft</h1>');
    folder.write('in-progress.json', next);
    await expect.poll(() => headline('in-progress'), WITHIN).toBe('Second draft');
  });

  it('keeps the last good version of a file that turns invalid, naming the field', async () => {
    folder.write('fine.json', folder.article({ slug: 'fine', headline: 'Fine so far', publishedAt: NEWEST }));
    await expect.poll(() => headline('fine'), WITHIN).toBe('Fine so far');
    folder.write('fine.json', folder.article({ slug: 'fine', headline: 42, publishedAt: NEWEST }));
    await problemAbout(folder.fileOf('fine.json'), 'headline');
    expect(await headline('fine')).toBe('Fine so far');
  });

  it('treats a rename as a remove and an add: the article keeps serving under its slug', async () => {
    folder.write(
      'draft-name.json',
      folder.article({ slug: 'renamed', headline: 'Renamed story', publishedAt: NEWEST }),
    );
    await expect.poll(() => status('/api/articles/renamed'), WITHIN).toBe(200);
    renameSync(folder.fileOf('draft-name.json'), folder.fileOf('final-name.json'));
    folder.write(
      'final-name.json',
      folder.article({ slug: 'renamed', headline: 'Renamed and edited', publishedAt: NEWEST }),
    );
    await expect.poll(() => headline('renamed'), WITHIN).toBe('Renamed and edited');
    expect(await status('/article/renamed')).toBe(200);
  });

  it('gives a slug claimed by two files to the first by name, and logs both', async () => {
    folder.write('b-twin.json', folder.article({ slug: 'twin', headline: 'The B twin', publishedAt: NEWEST }));
    await expect.poll(() => headline('twin'), WITHIN).toBe('The B twin');
    folder.write('a-twin.json', folder.article({ slug: 'twin', headline: 'The A twin', publishedAt: NEWEST }));
    await expect.poll(() => headline('twin'), WITHIN).toBe('The A twin');
    for (const name of ['a-twin.json', 'b-twin.json'])
      expect((await problemAbout(folder.fileOf(name), 'slug')).message).toContain('a-twin.json keeps it');
    folder.remove('a-twin.json');
    await expect.poll(() => headline('twin'), WITHIN).toBe('The B twin');
  });

  it('lets a removed file come back under another slug: the old one is gone, the new one serves', async () => {
    folder.write('comeback.json', folder.article({ slug: 'old-slug', headline: 'Old slug', publishedAt: NEWEST }));
    await expect.poll(() => status('/api/articles/old-slug'), WITHIN).toBe(200);
    folder.remove('comeback.json');
    await expect.poll(() => status('/api/articles/old-slug'), WITHIN).toBe(410);
    folder.write('comeback.json', folder.article({ slug: 'new-slug', headline: 'New slug', publishedAt: NEWEST }));
    await expect.poll(() => status('/article/new-slug'), WITHIN).toBe(200);
    expect(await status('/article/old-slug')).toBe(410);
  });

  it('publishes, corrects and removes an article written in Markdown, as with JSON', async () => {
    const fields = { slug: 'in-markdown', publishedAt: NEWEST };
    folder.write('in-markdown.md', folder.markdown({ ...fields, headline: 'Written in Markdown' }, 'It *reads* well.'));
    await expect.poll(() => status('/article/in-markdown'), WITHIN).toBe(200);
    expect(await body('/article/in-markdown')).toContain('<h1>Written in Markdown</h1>');
    expect(await body('/article/in-markdown')).toContain('It <em>reads</em> well.');
    expect(await body('/')).toContain('Written in Markdown');

    const invalid = folder.markdown({ ...fields, section: 'Not a section' });
    folder.write('in-markdown.md', invalid);
    const problem = await problemAbout(folder.fileOf('in-markdown.md'), 'section');
    expect(problem.line).toBe(invalid.split('\n').indexOf('section: Not a section') + 1);
    expect(await headline('in-markdown')).toBe('Written in Markdown');

    folder.write('in-markdown.md', folder.markdown({ ...fields, headline: 'Corrected in Markdown' }));
    await expect.poll(() => headline('in-markdown'), WITHIN).toBe('Corrected in Markdown');
    expect(await body('/')).toContain('Corrected in Markdown');

    folder.remove('in-markdown.md');
    await expect.poll(() => status('/article/in-markdown'), WITHIN).toBe(410);
    expect(await body('/')).not.toContain('Corrected in Markdown');
  });

  it('refuses a 100 MB file, a symlink loop and a folder, naming each path, and keeps serving', async () => {
    const huge = folder.fileOf('huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    symlinkSync('loop.json', folder.fileOf('loop.json'));
    mkdirSync(folder.fileOf('folder.json'));
    expect((await problemAbout(huge)).message).toMatch(`${huge} is 104857600 bytes, over the`);
    expect((await problemAbout(folder.fileOf('loop.json'))).message).toBe(
      `${folder.fileOf('loop.json')} is a symbolic link that leads round in a loop`,
    );
    expect((await problemAbout(folder.fileOf('folder.json'))).message).toBe(
      `${folder.fileOf('folder.json')} is a folder, not a file`,
    );
    expect(await status(`/article/${SEED_SLUG}`)).toBe(200);
    expect(await status('/')).toBe(200);
  });

  it('coalesces a pull of a thousand files into a few changes, and pages keep their cursors meanwhile', async () => {
    type Page = { items: { slug: string }[]; nextCursor: string };
    const page = async (url: string) => (await get(url)).json<Page>();
    const first = await page('/api/articles?limit=3');
    const second = await page(`/api/articles?limit=3&cursor=${first.nextCursor}`);
    const changes: unknown[] = [];
    server.content.onChange((touches) => changes.push(touches));
    for (let i = 0; i < 1_000; i++)
      folder.write(
        `pull-${String(i).padStart(4, '0')}.json`,
        folder.article({ slug: `pull-${i}`, headline: `Pulled ${i}`, publishedAt: '2026-12-01T00:00:00Z' }),
      );
    await expect.poll(() => status('/api/articles/pull-999'), { ...WITHIN, timeout: 10_000 }).toBe(200);
    await server.watching?.idle();
    expect(await status('/api/articles/pull-0')).toBe(200);
    expect(changes.length).toBeLessThanOrEqual(20); // a step applies 100 files at once, not one change per file
    // Everything pulled is newer than the pages already read: the next page is still the same.
    expect(await page(`/api/articles?limit=3&cursor=${first.nextCursor}`)).toEqual(second);
  }, 30_000); // writes a thousand files: on a loaded 2-core host that alone can pass the default 5 s
});
