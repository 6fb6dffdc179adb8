import { Feed } from 'feed';
import type { ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';
import { paths, type FeedPaths } from '../../lib/paths';

export type FeedFormat = 'rss' | 'atom';

/** Articles in each feed: the newest 30 of its list. */
export const FEED_SIZE = 30;
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

type ArticleFeedOptions = {
  publication: Publication;
  origin: string;
  /** The list's own name ("Politics"), or none for the front page. */
  title?: string;
  /** The page the feed follows (`/section/politics`). */
  pagePath: string;
  paths: FeedPaths;
  articles: readonly ArticleSummary[];
};

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** RSS 2.0 or Atom 1.0 of a list's newest articles, built by the `feed` library (it escapes every field). */
export function articleFeed(format: FeedFormat, options: ArticleFeedOptions): string {
  const { publication, origin, title, pagePath, paths: feeds, articles } = options;
  const at = (path: string) => new URL(path, `${origin}/`).href;
  const newest = articles[0];
  const feed = new Feed({
    title: title ? `${title} | ${publication.name}` : publication.name,
    description: publication.description ?? publication.name,
    id: at(pagePath),
    link: at(pagePath),
    language: publication.locale,
    favicon: at('/favicon.svg'),
    copyright: `© ${publication.name}`,
    generator: publication.name,
    updated: newest ? new Date(newest.updatedAt ?? newest.publishedAt) : undefined,
    feedLinks: { rss: at(feeds.rss), atom: at(feeds.atom) },
  });
  for (const article of articles) {
    const link = at(paths.article(article.slug));
    const section = publication.sections.find((s) => s.id === article.section);
    feed.addItem({
      title: article.headline,
      id: link,
      link,
      ...(article.summary ? { description: article.summary } : {}),
      date: new Date(article.updatedAt ?? article.publishedAt),
      published: new Date(article.publishedAt),
      category: [{ name: section?.name ?? article.section }],
      ...(article.hero ? { image: { url: at(article.hero.src), type: imageType(article.hero.src) } } : {}),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

function imageType(src: string): string {
  const extension = /\.(\w+)(?:\?|#|$)/.exec(src)?.[1]?.toLowerCase() ?? '';
  return IMAGE_TYPES[extension] ?? 'application/octet-stream';
}
