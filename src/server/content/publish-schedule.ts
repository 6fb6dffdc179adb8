import type { Clock } from './clock';
import type { ContentRepository } from './content-repository';

/** How often held-back articles are checked: one is live at most this long after its `publishedAt`. */
export const PUBLISH_CHECK_MS = 1_000;

/** Publishes scheduled articles as their time comes, with no restart; returns the function that stops it. */
export function startPublishSchedule(content: ContentRepository, clock: Clock): () => void {
  return clock.every(PUBLISH_CHECK_MS, () => content.publishDue());
}
