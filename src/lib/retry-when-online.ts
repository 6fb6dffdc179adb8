/** Where a loader learns about the connection: the browser's `navigator.onLine` and `online` event, or a fake. */
export type Connection = {
  isOnline: () => boolean;
  /** Calls `listener` at the next `online` event; returns a function that stops listening. */
  onceOnline: (listener: () => void) => () => void;
};

export const browserConnection = (target: Window): Connection => ({
  isOnline: () => target.navigator.onLine,
  onceOnline: (listener) => {
    target.addEventListener('online', listener, { once: true });
    return () => target.removeEventListener('online', listener);
  },
});

/**
 * Wraps a loader (a lazy chunk's `import()`) so that a failure while offline is not final: the promise stays
 * pending and the load is tried again when the connection returns, as often as it drops. A failure while
 * online (a broken deploy, a server error) still rejects, for the error boundary around it to explain.
 */
export function retryWhenOnline<T>(load: () => Promise<T>, connection: Connection): () => Promise<T> {
  const attempt = (): Promise<T> =>
    load().catch((error: unknown) => {
      if (connection.isOnline()) throw error;
      return new Promise<void>((resolve) => connection.onceOnline(resolve)).then(attempt);
    });
  return attempt;
}
