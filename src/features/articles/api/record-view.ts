import type { ApiClient } from '../../../lib/api-client';

/** Counts a reader's visit to an article; `visitKey` is the router's location key. */
export type ViewRecorder = (slug: string, visitKey: string) => void;

/**
 * One view per visit of a page, for the life of one app (made with its routes), so re-renders, Strict Mode
 * and back/forward within the same entry never count twice.
 */
export function createViewRecorder(api: ApiClient): ViewRecorder {
  const sent = new Set<string>();
  return (slug, visitKey) => {
    const id = `${visitKey}:${slug}`;
    if (sent.has(id)) return;
    sent.add(id);
    const path = `/api/articles/${encodeURIComponent(slug)}/views`;
    const body = new Blob(['{}'], { type: 'application/json' });
    if (typeof navigator !== 'undefined' && navigator.sendBeacon?.(path, body)) return;
    api.postJson(path, {}, { keepalive: true }).catch(() => {
      // A lost view only makes trending a little less exact; never bother the reader with it.
    });
  };
}
