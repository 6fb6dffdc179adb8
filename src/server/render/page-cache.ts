import { CompressibleBody } from '../http/compressible-body';
import type { RenderedPage } from '../routes/page-routes';

/** `body` is the HTML already encoded, with its ETag (and compressed once per encoding): a hit sends bytes. */
export type CachedPage = RenderedPage & { body: CompressibleBody; expires: number };

/**
 * Rendered HTML, shared by every reader for a short while. Pages hold nothing personal (no cookies reach
 * the render), so one copy serves everyone; the TTL bounds how stale "Trending" can get, and the size bound
 * keeps random URLs from filling memory (least recently used goes first).
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 500,
  ) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, page: RenderedPage, now = Date.now()): CachedPage {
    const entry = { ...page, body: CompressibleBody.of(page.html), expires: now + this.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}
