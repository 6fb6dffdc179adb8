import { StoreUnavailableError, type Store } from './store';

export type StoreEvents = {
  /**
   * The first failure of an episode, opening or writing (a full or read-only disk, bad permissions, PostgreSQL
   * down): the failures that follow until it recovers are not reported again, so an outage is one log line, not
   * one per request.
   */
  unavailable(error: unknown, doing: 'opening' | 'writing'): void;
  /** The database opened, or a write succeeded, after `unavailable`. */
  recovered(): void;
};

/**
 * Keeps the server up when the database can't be opened or written: readers' reads answer as if empty, writes
 * and the editors' reads throw StoreUnavailableError (the routes answer 503, the browser keeps its outbox), and
 * opening is retried at most every `retryMs` until it works. No crash, no crash loop. Once open, a PostgreSQL
 * pool reconnects by itself: each query that fails meanwhile is answered the same way.
 */
export function openResilientStore(open: () => Promise<Store>, events: StoreEvents, retryMs = 5_000): Store {
  let current: Store | undefined;
  let opening: Promise<Store | undefined> | undefined;
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

  // Concurrent callers share one attempt.
  const attempt = async (): Promise<Store | undefined> => {
    if (current || opening || Date.now() - lastAttempt < retryMs) return current ?? opening;
    lastAttempt = Date.now();
    opening = open().then(
      (store) => {
        current = store;
        worked();
        return store;
      },
      (error: unknown) => {
        failed(error, 'opening');
        return undefined;
      },
    );
    try {
      return await opening;
    } finally {
      opening = undefined;
    }
  };
  const ready = attempt();

  const opened = async (): Promise<Store> => {
    const store = await attempt();
    if (!store) throw new StoreUnavailableError(new Error('The database is not open'));
    return store;
  };
  const write = async <T>(operation: (store: Store) => Promise<T>): Promise<T> => {
    const store = await opened();
    try {
      const result = await operation(store);
      worked();
      return result;
    } catch (error) {
      failed(error, 'writing');
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
    }
  };
  /** Editors must see that the store is down, not a report of zeros. */
  const editorRead = <T>(operation: (store: Store) => Promise<T>): Promise<T> =>
    opened()
      .then(operation)
      .catch((error: unknown) => {
        throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
      });
  /** What readers see (trending, a replay's key) degrades to nothing rather than an error page. */
  const read = async <T>(operation: (store: Store) => Promise<T>, fallback: T): Promise<T> => {
    const store = await attempt();
    return store ? operation(store).catch(() => fallback) : fallback;
  };

  return {
    recordView: (slug, at) => write((store) => store.recordView(slug, at)),
    addFeedback: (items, duplicateWindowMs) => write((store) => store.addFeedback(items, duplicateWindowMs)),
    trending: (options) => read((store) => store.trending(options), []),
    findFeedbackKey: (key) => read((store) => store.findFeedbackKey(key), undefined),
    listFeedback: (filter) => editorRead((store) => store.listFeedback(filter)),
    async *iterateFeedback(filter) {
      yield* (await opened()).iterateFeedback(filter);
    },
    tallyFeedback: (filter) => editorRead((store) => store.tallyFeedback(filter)),
    countSpam: (filter) => editorRead((store) => store.countSpam(filter)),
    dailyRatings: (filter) => editorRead((store) => store.dailyRatings(filter)),
    reasonCounts: (filter) => editorRead((store) => store.reasonCounts(filter)),
    markSpam: (publicId, spam) => write((store) => store.markSpam(publicId, spam)),
    forgetCommentsBefore: (before) => write((store) => store.forgetCommentsBefore(before)),
    addSession: (idHash, expiresAt, now) => write((store) => store.addSession(idHash, expiresAt, now)),
    sessionExpiry: (idHash) => editorRead((store) => store.sessionExpiry(idHash)),
    deleteSession: (idHash) => write((store) => store.deleteSession(idHash)),
    async close() {
      await ready;
      await current?.close();
    },
  };
}
