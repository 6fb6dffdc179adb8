import type { StorageSource } from './storage-source';

// Which articles this browser has already sent feedback on, so a later visit can say so. Kept in the same storage
// as the outbox (the app's OutboxHost names it), so whatever isolates one isolates the other.

const sentKey = (slug: string) => `broadsheet:feedback-sent:${slug}`;

export function hasSentFeedback(storage: StorageSource, slug: string): boolean {
  try {
    return storage().getItem(sentKey(slug)) !== null;
  } catch {
    return false;
  }
}

export function rememberSent(storage: StorageSource, slug: string): void {
  try {
    storage().setItem(sentKey(slug), new Date().toISOString());
  } catch {
    // Storage is off or full: the reader is only asked again next time.
  }
}

/** Other tabs writing the memory (the `storage` event never fires in the tab that wrote). */
export function subscribeToSentMemory(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}
