import { authorSlug } from '../../contract/author-slug';
import { tagSlug } from '../../contract/tag-slug';

/**
 * The names every cache uses for what an answer depends on (surrogate keys): an answer is stored under the
 * keys of what it shows, and a change purges the keys it touches (`change-touches.ts`).
 */
export const cacheKeys = {
  /** Every list of the newest articles: the front page, the unfiltered article list, trending's top-up. */
  front: 'front',
  article: (slug: string) => `article:${slug}`,
  section: (id: string) => `section:${id}`,
  /** By slug, so every spelling that shares a tag page (`Latin America`, `latin-america`) shares its key. */
  tag: (tag: string) => `tag:${tagSlug(tag)}`,
  author: (name: string) => `author:${authorSlug(name)}`,
};

/** What an article's page and API answer show: the article, its related articles, and what picks them. */
export function articleAnswerKeys(
  slug: string,
  shown?: { section: string; tags: readonly string[]; related: readonly string[] },
): string[] {
  if (!shown) return [cacheKeys.article(slug)]; // a 404 (absent or scheduled) is purged when it appears
  return [
    cacheKeys.article(slug),
    ...shown.related.map(cacheKeys.article),
    cacheKeys.section(shown.section),
    ...shown.tags.map(cacheKeys.tag),
  ];
}
