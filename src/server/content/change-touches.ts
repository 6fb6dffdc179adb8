import { authorSlug } from '../../contract/author-slug';
import { tagSlug } from '../../contract/tag-slug';
import { cacheKeys } from './cache-keys';
import { listingOf, type ArticleListing, type ArticleRecord } from './article-record';
import { paths } from '../../lib/paths';

/** Everything a change shows up in: cache keys to purge, and the page and API paths they stand for. */
export type Touches = { keys: string[]; paths: string[] };

const articlePaths = (slug: string) => [paths.article(slug), `/api/articles/${slug}`];
const sectionPaths = (id: string) => [paths.section(id), `/api/articles?section=${encodeURIComponent(id)}`];
const tagPaths = (tag: string) => [paths.tagNamed(tag), `/api/tags/${encodeURIComponent(tagSlug(tag))}`];
const authorPaths = (name: string) => [paths.authorNamed(name), `/api/authors/${encodeURIComponent(authorSlug(name))}`];
const FRONT_PATHS = [paths.front(), '/api/front', '/api/articles', '/api/trending'];


/**
 * The one place that knows what a change to an article touches. `before` is what readers saw (absent when it
 * was not published), `after` what they will see (absent when it is removed or not yet due). An edit to the
 * body alone touches the article; anything else touches every list it was or will be in: its sections, its
 * tags, the front page, and (by the article's key) the related boxes of the articles that show it.
 */
export function changeTouches(
  was: ArticleRecord | ArticleListing | undefined,
  will: ArticleRecord | ArticleListing | undefined,
): Touches {
  const keys = new Set<string>();
  const addresses = new Set<string>();
  const [before, after] = [was && listingOf(was), will && listingOf(will)];
  for (const record of [before, after]) {
    if (!record) continue;
    keys.add(cacheKeys.article(record.slug));
    for (const p of articlePaths(record.slug)) addresses.add(p);
  }
  // Only the body changed: no list, related box or trending entry shows anything else.
  if (!(before && after && before.listed === after.listed)) {
    keys.add(cacheKeys.front);
    for (const p of FRONT_PATHS) addresses.add(p);
    for (const record of [before, after]) {
      if (!record) continue;
      keys.add(cacheKeys.section(record.section));
      for (const p of sectionPaths(record.section)) addresses.add(p);
      for (const tag of record.tags) {
        keys.add(cacheKeys.tag(tag));
        for (const p of tagPaths(tag)) addresses.add(p);
      }
      for (const name of record.authors ?? []) {
        keys.add(cacheKeys.author(name));
        for (const p of authorPaths(name)) addresses.add(p);
      }
    }
  }
  return { keys: [...keys], paths: [...addresses] };
}

/** Several changes at once (a `git pull`): one purge. */
export function mergeTouches(all: Iterable<Touches>): Touches {
  const keys = new Set<string>();
  const paths = new Set<string>();
  for (const t of all) {
    for (const k of t.keys) keys.add(k);
    for (const p of t.paths) paths.add(p);
  }
  return { keys: [...keys], paths: [...paths] };
}
