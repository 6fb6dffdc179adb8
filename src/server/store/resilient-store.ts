import { StoreUnavailableError, type Store } from './store';

export type StoreEvents = {
  /**
   * The first failure of an episode, opening or writing (a full or read-only disk, bad permissions): the failures
   * that follow until it recovers are not reported again, so a full disk is one log line, not one per request.
   */
  unavailable(error: unknown, doing: 'opening' | 'writing'): void;
  /** The database opened, or a write succeeded, after `unavailable`. */
  recovered(): void;
};

/**
 * Keeps the server up when the database can't be opened or written: readers' reads answer as if empty, writes
 * and the editors' reads throw StoreUnavailableError (the routes answer 503, the browser keeps its outbox), and
 * opening is retried at most every `retryMs` until it works. No crash, no crash loop.
 */
export function openResilientStore(open: () => Store, events: StoreEvents, retryMs = 5_000): Store {
  let current: Store | undefined;
  let lastAttempt = -Infinity;
  let healthy = true;
  const failed = (error: unknown, doing: 'opening' | 'writing') => {
    if (healthy) events.unavailable(error, doing);
    healthy = false;
  };
  const worked = () => {
    if (!healthy) events.recovered();
    healthy = true;
  };

  const attempt = (): Store | undefined => {
    if (current || Date.now() - lastAttempt < retryMs) return current;
    lastAttempt = Date.now();
    try {
      current = open();
      worked();
    } catch (error) {
      failed(error, 'opening');
    }
    return current;
  };
  attempt();

  const opened = (): Store => {
    const store = attempt();
    if (!store) throw new StoreUnavailableError(new Error('The database is not open'));
    return store;
  };
  const write = <T>(operation: (store: Store) => T): T => {
    const store = opened();
    try {
      const result = operation(store);
      worked();
      return result;
    } catch (error) {
      failed(error, 'writing');
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
    }
  };

  return {
    recordView: (slug, at) => write((store) => store.recordView(slug, at)),
    addFeedback: (items, duplicateWindowMs) => write((store) => store.addFeedback(items, duplicateWindowMs)),
    trending: (options) => attempt()?.trending(options) ?? [],
    findFeedbackKey: (key) => attempt()?.findFeedbackKey(key),
    // Editors must see that the store is down, not a report of zeros.
    listFeedback: (filter) => opened().listFeedback(filter),
    iterateFeedback: (filter) => opened().iterateFeedback(filter),
    tallyFeedback: (filter) => opened().tallyFeedback(filter),
    countSpam: (filter) => opened().countSpam(filter),
    dailyRatings: (filter) => opened().dailyRatings(filter),
    markSpam: (publicId, spam) => write((store) => store.markSpam(publicId, spam)),
    forgetCommentsBefore: (before) => write((store) => store.forgetCommentsBefore(before)),
    addSession: (idHash, expiresAt, now) => write((store) => store.addSession(idHash, expiresAt, now)),
    sessionExpiry: (idHash) => opened().sessionExpiry(idHash),
    deleteSession: (idHash) => write((store) => store.deleteSession(idHash)),
    close: () => current?.close(),
  };
}
