import { StoreUnavailableError, type Store } from './store';

export type StoreEvents = {
  unavailable(error: unknown): void;
  recovered(): void;
};

/**
 * Keeps the server up when the database can't be opened (read-only or full disk, bad permissions):
 * reads answer as if empty, writes throw StoreUnavailableError (the routes answer 503, the browser keeps
 * its outbox), and opening is retried at most every `retryMs` until it works. No crash, no crash loop.
 */
export function openResilientStore(open: () => Store, events: StoreEvents, retryMs = 5_000): Store {
  let current: Store | undefined;
  let lastAttempt = -Infinity;
  let failedBefore = false;

  const attempt = (): Store | undefined => {
    if (current || Date.now() - lastAttempt < retryMs) return current;
    lastAttempt = Date.now();
    try {
      current = open();
      if (failedBefore) events.recovered();
    } catch (error) {
      failedBefore = true;
      events.unavailable(error);
    }
    return current;
  };
  attempt();

  const writable = (): Store => {
    const store = attempt();
    if (!store) throw new StoreUnavailableError(new Error('The database is not open'));
    return store;
  };

  return {
    recordView: (slug, at) => writable().recordView(slug, at),
    addFeedback: (items, duplicateWindowMs) => writable().addFeedback(items, duplicateWindowMs),
    trending: (options) => attempt()?.trending(options) ?? [],
    findFeedbackKey: (key) => attempt()?.findFeedbackKey(key),
    listFeedback: (filter) => attempt()?.listFeedback(filter) ?? [],
    iterateFeedback: (filter) => attempt()?.iterateFeedback(filter) ?? [],
    tallyFeedback: (filter) => attempt()?.tallyFeedback(filter) ?? [],
    countSpam: (filter) => attempt()?.countSpam(filter) ?? 0,
    dailyRatings: (filter) => attempt()?.dailyRatings(filter) ?? [],
    markSpam: (publicId, spam) => writable().markSpam(publicId, spam),
    forgetCommentsBefore: (before) => writable().forgetCommentsBefore(before),
    addSession: (idHash, expiresAt, now) => writable().addSession(idHash, expiresAt, now),
    sessionExpiry: (idHash) => attempt()?.sessionExpiry(idHash),
    deleteSession: (idHash) => writable().deleteSession(idHash),
    close: () => current?.close(),
  };
}
