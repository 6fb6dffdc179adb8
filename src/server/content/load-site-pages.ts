import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { routePatterns } from '../../lib/paths';
import { sitePageSchema, type SitePage, type SitePageLink } from '../../contract/site-page';
import { parseMarkdownArticle } from './markdown/parse-markdown-article';
import { parseFile, type ContentProblem } from './parse-article-file';
import { readContentFile } from './read-content-file';

// A page is served at /<slug>: these first segments are the app's own routes, which a page must not hide.
const RESERVED = new Set([
  ...Object.values(routePatterns).flatMap((pattern) => pattern.split('/')[1] || []),
  'editor',
  'api',
  'not-found',
]);

/** The site's own pages by slug (`content/pages/<slug>.md`), and what was wrong with the files left out. */
export type SitePages = { pages: Map<string, SitePage>; problems: ContentProblem[]; notices: ContentProblem[] };

/**
 * Reads every `pages/*.md` once, at start, as the author profiles are. The Markdown is read as an article's is
 * (front matter for the fields, the body as blocks, never HTML); a bad file is reported with its line and field
 * and left out, and a left-out block (raw HTML, an unknown directive) is a notice, as for articles.
 */
export async function loadSitePages(contentDir: string): Promise<SitePages> {
  const dir = path.join(contentDir, 'pages');
  const pages = new Map<string, SitePage>();
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort()) {
    const file = path.join(dir, name);
    const reading = await readContentFile(file);
    if (reading.kind !== 'text') {
      problems.push({ file, path: '(file)', message: reading.kind === 'missing' ? 'is missing' : reading.message });
      continue;
    }
    const markdown = parseMarkdownArticle(reading.text, { slug: path.basename(name, '.md') });
    notices.push(...markdown.notices.map(({ line, message }) => ({ file, path: 'body', message, line })));
    if (markdown.problems.length) {
      problems.push(...markdown.problems.map((p) => ({ file, ...p })));
      continue;
    }
    // The blocks are the article body's, in its current shapes; a page has no version of its own.
    const { schemaVersion: _shapes, ...input } = markdown.input;
    const found: ContentProblem[] = [];
    const page = parseFile(file, sitePageSchema, input, found);
    for (const problem of found) {
      const line = markdown.lines.lineOf(problem.path);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
    if (page && RESERVED.has(page.slug))
      problems.push({ file, path: 'slug', message: `"${page.slug}" is the address of another kind of page` });
    else if (page) pages.set(page.slug, page);
  }
  return { pages, problems, notices };
}

/** The footer's links: the pages that ask to be there, in their `footer` order. */
export function footerLinks(pages: ReadonlyMap<string, SitePage>): SitePageLink[] {
  return [...pages.values()]
    .filter((page) => page.footer !== undefined)
    .sort((a, b) => (a.footer ?? 0) - (b.footer ?? 0) || a.slug.localeCompare(b.slug))
    .map(({ slug, title }) => ({ slug, title }));
}
