import type { ContentRepository } from '../content/content-repository';

/**
 * Whether a path can be anything but the not-found page: the app's routes (src/app/routes.tsx) with a section
 * an article, a tag or an author that exists, and the site's own pages (`/about`). Every other path gets the same not-found page, so it is rendered once and cached
 * once, instead of a render and a cache slot per random path pushing real pages out.
 */
export function pageExists(
  content: ContentRepository,
  pathname: string,
  {
    hasProfile = () => false,
    hasSitePage = () => false,
  }: { hasProfile?: (authorSlug: string) => boolean; hasSitePage?: (slug: string) => boolean } = {},
): boolean {
  let segments: string[];
  try {
    segments = pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
  } catch {
    return false;
  }
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return false;
  if (first === undefined) return true;
  if (second === undefined) return first === 'editor' || first === 'search' || hasSitePage(first);
  if (first === 'tag') return content.tagName(second) !== undefined;
  if (first === 'author') return content.authorName(second) !== undefined || hasProfile(second);
  if (first === 'section') return content.publication.sections.some((section) => section.id === second);
  // A removed article's page says it was removed (410); one not yet due is like one that never was.
  if (first === 'article') return content.summary(second) !== undefined || content.isGone(second);
  return false;
}
