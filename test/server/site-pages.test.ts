import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationSchema } from '../../src/contract/publication';
import { sitePageSchema } from '../../src/contract/site-page';
import { checkContent } from '../../src/server/content/check-content';
import { loadSitePages } from '../../src/server/content/load-site-pages';
import { contentDirectory } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// The site's own pages (about, corrections policy, contact, privacy): Markdown in content/pages/, served at /<slug>
// and linked from every page's footer.

const FOOTER = [
  { slug: 'about', title: 'About CRBC News' },
  { slug: 'corrections', title: 'Corrections policy' },
  { slug: 'contact', title: 'Contact us' },
  { slug: 'privacy', title: 'Privacy notice' },
];

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string) => server.app.inject({ method: 'GET', url });

describe('site pages', () => {
  it('are listed in the publication, in their footer order', async () => {
    const publication = publicationSchema.parse((await get('/api/publication')).json());
    expect(publication.pages).toEqual(FOOTER);
  });

  it('are served by the API as blocks, never HTML', async () => {
    const res = await get('/api/pages/corrections');
    expect(res.statusCode).toBe(200);
    const page = sitePageSchema.parse(res.json());
    expect(page.title).toBe('Corrections policy');
    expect(page.body.map((block) => block.type)).toContain('heading');
    expect(res.body).not.toMatch(/<[a-z]/i);
    expect((await get('/api/pages/no-such-page')).statusCode).toBe(404);
  });

  it('render on the server at /<slug> with their title, text and every footer link', async () => {
    for (const { slug, title } of FOOTER) {
      const res = await get(`/${slug}`);
      expect(res.statusCode, slug).toBe(200);
      expect(res.body).toContain(`<h1>${title}</h1>`);
      expect(res.body).toContain(`<link rel="canonical" href="http://localhost/${slug}"/>`);
      const footer = /<footer[\s\S]*<\/footer>/.exec(res.body)?.[0] ?? '';
      for (const link of FOOTER) expect(footer, `${slug} footer`).toContain(`href="/${link.slug}"`);
    }
    expect((await get('/About/')).headers.location).toBe('/about');
  });

  it('are in the sitemap beside the sections', async () => {
    const res = await get('/sitemaps/sections.xml');
    expect(res.statusCode).toBe(200);
    for (const { slug } of FOOTER) expect(res.body).toMatch(new RegExp(`<loc>http://localhost(:80)?/${slug}</loc>`));
  });

  it('leaves every other one-word address not found', async () => {
    const res = await get('/no-such-page');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
  });
});

describe('reading content/pages/', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-site-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pages = path.join(dir, 'pages');

  it('names the file, line and field of a bad page, and leaves it out', async () => {
    mkdirSync(pages, { recursive: true });
    writeFileSync(path.join(pages, 'good.md'), '---\ntitle: Good\nfooter: 2\n---\n\nText.\n');
    writeFileSync(path.join(pages, 'bad.md'), '---\ntitle: Bad\nfooter: first\n---\n\nText.\n');
    writeFileSync(path.join(pages, 'search.md'), '---\ntitle: Search help\n---\n\nText.\n');
    writeFileSync(path.join(pages, 'html.md'), '---\ntitle: With HTML\n---\n\n<script>alert(1)</script>\n\nText.\n');
    const loaded = await loadSitePages(dir);
    expect([...loaded.pages.keys()].sort()).toEqual(['good', 'html']);
    expect(loaded.problems).toEqual([
      expect.objectContaining({ file: path.join(pages, 'bad.md'), path: 'footer', line: 3 }),
      expect.objectContaining({ file: path.join(pages, 'search.md'), path: 'slug' }),
    ]);
    expect(loaded.notices).toEqual([expect.objectContaining({ file: path.join(pages, 'html.md'), line: 5 })]);
    expect(JSON.stringify(loaded.pages.get('html'))).not.toContain('script');
  });

  it('is part of npm run content:check', async () => {
    const copy = path.join(dir, 'copy');
    cpSync(contentDirectory, copy, { recursive: true });
    writeFileSync(path.join(copy, 'pages', 'about.md'), '---\ntitle: About\nunknown: 1\n---\n\nText.\n');
    const check = await checkContent(copy);
    expect(check.problems).toEqual([
      expect.objectContaining({
        file: path.join(copy, 'pages', 'about.md'),
        message: expect.stringContaining('unknown'),
      }),
    ]);
  });
});
