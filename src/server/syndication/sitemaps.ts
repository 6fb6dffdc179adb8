import { XMLBuilder } from 'fast-xml-parser';
import type { ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';
import { paths } from '../../lib/paths';

/** The protocol allows 50,000 addresses per sitemap; fewer keeps each file small to build and fetch. */
export const ARTICLES_PER_SITEMAP = 10_000;
/** Google News reads articles of the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX = 1_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

// The builder escapes text and attribute values; nothing here is concatenated into markup.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', suppressEmptyNode: true });
const xml = (document: Record<string, unknown>) =>
  builder.build({ '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, ...document }) as string;

const lastModified = (a: ArticleSummary) => new Date(a.updatedAt ?? a.publishedAt).toISOString();

export function sitemapIndex(origin: string, articleCount: number, newest: ArticleSummary | undefined): string {
  const pages = Math.max(1, Math.ceil(articleCount / ARTICLES_PER_SITEMAP));
  const lastmod = newest ? { lastmod: lastModified(newest) } : {};
  const sitemaps = [
    { loc: `${origin}/sitemaps/sections.xml`, ...lastmod },
    { loc: `${origin}/sitemaps/news.xml`, ...lastmod },
    ...Array.from({ length: pages }, (_, i) => ({ loc: `${origin}/sitemaps/articles-${i + 1}.xml` })),
  ];
  return xml({ sitemapindex: { '@xmlns': SITEMAP_NS, sitemap: sitemaps } });
}

export function sectionsSitemap(origin: string, publication: Publication): string {
  const url = [
    { loc: `${origin}${paths.front()}`, changefreq: 'hourly' },
    ...publication.sections.map((s) => ({ loc: `${origin}${paths.section(s.id)}`, changefreq: 'hourly' })),
    // The site's own pages the footer links to (about, corrections policy…).
    ...publication.pages.map((p) => ({ loc: `${origin}${paths.sitePage(p.slug)}`, changefreq: 'monthly' })),
  ];
  return xml({ urlset: { '@xmlns': SITEMAP_NS, url } });
}

export function articlesSitemap(origin: string, articles: readonly ArticleSummary[]): string {
  const url = articles.map((a) => ({ loc: `${origin}${paths.article(a.slug)}`, lastmod: lastModified(a) }));
  return xml({ urlset: { '@xmlns': SITEMAP_NS, url } });
}

export function newsSitemap(origin: string, publication: Publication, articles: readonly ArticleSummary[]): string {
  // The news sitemap wants an ISO 639 language code: "en" of "en-US" (Chinese keeps its script, "zh-cn").
  const language = /^zh-/i.test(publication.locale)
    ? publication.locale.toLowerCase()
    : (publication.locale.split('-')[0] ?? 'en');
  const url = articles.map((a) => ({
    loc: `${origin}${paths.article(a.slug)}`,
    'news:news': {
      'news:publication': { 'news:name': publication.name, 'news:language': language },
      'news:publication_date': new Date(a.publishedAt).toISOString(),
      'news:title': a.headline,
    },
  }));
  return xml({ urlset: { '@xmlns': SITEMAP_NS, '@xmlns:news': NEWS_NS, url } });
}

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Disallow: /api/admin/', 'Disallow: /editor', '', `Sitemap: ${origin}/sitemap.xml`, ''].join(
    '\n',
  );
}
