import { postJson } from '../../../lib/api-client';

const sent = new Set<string>();

/**
 * One view per visit of a page (`visitKey` is the router's location key), so re-renders,
 * Strict Mode and back/forward within the same entry never count twice.
 */
export function recordView(slug: string, visitKey: string): void {
  const id = `${visitKey}:${slug}`;
  if (sent.has(id)) return;
  sent.add(id);
  const path = `/api/articles/${encodeURIComponent(slug)}/views`;
  const body = new Blob(['{}'], { type: 'application/json' });
  if (typeof navigator !== 'undefined' && navigator.sendBeacon?.(path, body)) return;
  postJson(path, {}, { keepalive: true }).catch(() => {
    // A lost view only makes trending a little less exact; never bother the reader with it.
  });
}
