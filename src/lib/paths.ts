import { authorSlug } from '../contract/author-slug';
import { tagSlug } from '../contract/tag-slug';

/**
 * Every page's address, in one module. The app's route table and the server's routes are declared with these
 * patterns (React Router and Fastify read `:name` the same way); links, form actions, redirects, feeds, sitemaps,
 * cache purges and the service worker build addresses with `paths`, so nothing links where nothing answers.
 */
export const routePatterns = {
  front: '/',
  article: '/article/:slug',
  section: '/section/:id',
  tag: '/tag/:slug',
  author: '/author/:slug',
  search: '/search',
  /** The site's own pages (`/about`); the app's other routes are matched first. */
  sitePage: '/:slug',
} as const;

/** The pages the service worker keeps for offline reading. */
export const OFFLINE_PAGES = [routePatterns.front, routePatterns.article, routePatterns.section] as const;

// Each pattern has at most one parameter: fill it, escaped as one path segment.
const fill = (pattern: string, value: string) => pattern.replace(/:\w+/, encodeURIComponent(value));

export const paths = {
  front: (): string => routePatterns.front,
  article: (slug: string) => fill(routePatterns.article, slug),
  section: (id: string) => fill(routePatterns.section, id),
  tag: (slug: string) => fill(routePatterns.tag, slug),
  author: (slug: string) => fill(routePatterns.author, slug),
  sitePage: (slug: string) => fill(routePatterns.sitePage, slug),
  /** A tag's page from the tag as written ("Latin America" → `/tag/latin-america`). */
  tagNamed: (tag: string) => paths.tag(tagSlug(tag)),
  /** An author's page from the name in a byline. */
  authorNamed: (name: string) => paths.author(authorSlug(name)),
  search: (query?: string) =>
    query === undefined ? routePatterns.search : `${routePatterns.search}?${new URLSearchParams({ q: query })}`,
};

/** A pattern as an anchored regular expression over a pathname; each parameter is one captured segment. */
export const patternRegExp = (pattern: string): RegExp => new RegExp(`^${pattern.replace(/:\w+/g, '([^/]+)')}$`);

/** Whether a pathname is one of this pattern's pages. */
export const isPathOf = (pattern: string, pathname: string): boolean => patternRegExp(pattern).test(pathname);

/** Where a list's RSS and Atom feeds live: linked from its page, served by the server's feed routes. */
export type FeedPaths = { rss: string; atom: string };

/** The feeds of the page at a path or pattern (`/tag/:slug` → `/tag/:slug/rss.xml`; the front page's at the root). */
export const feedsOf = (page: string): FeedPaths => {
  const base = page === routePatterns.front ? '' : page;
  return { rss: `${base}/rss.xml`, atom: `${base}/atom.xml` };
};

export const feedPaths = {
  front: feedsOf(paths.front()),
  section: (id: string) => feedsOf(paths.section(id)),
  /** By slug (`tagSlug`, `authorSlug` in src/contract). */
  tag: (slug: string) => feedsOf(paths.tag(slug)),
  author: (slug: string) => feedsOf(paths.author(slug)),
};
