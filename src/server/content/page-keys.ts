import { articleAnswerKeys, cacheKeys } from './cache-keys';
import type { ContentRepository } from './content-repository';

/** The cache keys of what the page at `pathname` shows, as content is now. */
export function pageKeys(content: ContentRepository, pathname: string): string[] {
  if (pathname === '/') return [cacheKeys.front];
  const [, kind, name, ...rest] = pathname.split('/');
  if (name === undefined || rest.length > 0) return [];
  const decoded = safeDecode(name);
  if (kind === 'section') return [cacheKeys.section(decoded)];
  if (kind === 'tag') return [cacheKeys.tag(decoded)];
  if (kind === 'author') return [cacheKeys.author(decoded)];
  if (kind === 'article') return articleAnswerKeys(decoded, content.shown(decoded));
  return [];
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
