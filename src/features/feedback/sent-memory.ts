// Which articles this browser has already sent feedback on, so a later visit can say so.

const sentKey = (slug: string) => `broadsheet:feedback-sent:${slug}`;

export function hasSentFeedback(slug: string): boolean {
  try {
    return localStorage.getItem(sentKey(slug)) !== null;
  } catch {
    return false;
  }
}

export function rememberSent(slug: string): void {
  try {
    localStorage.setItem(sentKey(slug), new Date().toISOString());
  } catch {
    // Storage is off or full: the reader is only asked again next time.
  }
}

/** Other tabs writing the memory (the `storage` event never fires in the tab that wrote). */
export function subscribeToSentMemory(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}
