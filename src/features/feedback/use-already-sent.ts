import { useSyncExternalStore } from 'react';
import { useOutboxHost } from './outbox-context';
import { hasSentFeedback, subscribeToSentMemory } from './sent-memory';

/**
 * Whether this browser sent feedback on the article before. The server and the hydrating render
 * always see `false` (the server has no localStorage), so the markup matches; React then re-renders
 * with the stored answer.
 */
export function useAlreadySent(slug: string): boolean {
  const { storage } = useOutboxHost();
  return useSyncExternalStore(
    subscribeToSentMemory,
    () => hasSentFeedback(storage, slug),
    () => false,
  );
}
