import { sendFeedback, type OutgoingSubmission } from './api/send-feedback';
import type { Problem } from '../../contract/api';
import type { ApiClient } from '../../lib/api-client';
import { OUTBOX_KEY } from './outbox-key';
import { createOutboxStore, keyOf, type OutboxEntry } from './outbox-store';
import type { StorageSource } from './storage-source';
import { rememberSent } from './sent-memory';

// Submissions the server has not acknowledged yet, kept in storage until it does. Each keeps the
// body (and so the idempotency key) it was first built with: a retry the server already stored is
// answered `200 replayed`, never stored twice.

export type OutboxEvent =
  | { type: 'delivered'; key: string; slug: string }
  | { type: 'rejected'; key: string; slug: string; status: number; problem: Problem | undefined };

/** What an outbox works with, given by whoever makes it (in the browser, the app's entry, once). */
export type OutboxOptions = {
  /** The client it sends through. */
  api: ApiClient;
  /** Where it keeps what is waiting. */
  storage: StorageSource;
  /** Whose `online` event and `navigator` (onLine, locks) it heeds: the page's window unless given. */
  browser?: Pick<Window, 'addEventListener' | 'removeEventListener' | 'navigator'>;
};

export type Outbox = {
  /**
   * Keeps a submission that could not be delivered; false when the browser would not store it (storage
   * off or full), so the caller can tell the reader instead of pretending.
   */
  enqueue(slug: string, body: OutgoingSubmission, retryAfterMs?: number): boolean;
  /** Sends what is due (all of it with `ignoreBackoff`); a call while a flush runs joins it and asks for another round. */
  flush(options?: { ignoreBackoff?: boolean }): Promise<void>;
  /** At app start when something is queued: tidy what is stored, then try everything now. */
  start(): Promise<void>;
  /** Stops timers and listeners (tests, and pages that unload the app); waits for a flush in flight. */
  stop(): Promise<void>;
  subscribe(listener: (event: OutboxEvent) => void): () => void;
};

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 10 * 60_000;
/** Longest the outbox waits between looks while anything is queued (other tabs may add entries). */
const POLL_MS = 60_000;

/** Exponential backoff with jitter: between half and all of 2s, 4s, 8s… capped at ten minutes. */
export function backoffMs(attempts: number, random = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function createOutbox({ api, storage, browser = window }: OutboxOptions): Outbox {
  const store = createOutboxStore(storage);
  const listeners = new Set<(event: OutboxEvent) => void>();
  const emit = (event: OutboxEvent) => {
    for (const listener of listeners) listener(event);
  };

  async function deliverDue(ignoreBackoff: boolean): Promise<void> {
    if (browser.navigator.onLine === false) return; // the `online` event will call again
    for (const entry of store.read()) {
      const now = Date.now();
      if (entry.notBefore > now || (!ignoreBackoff && entry.nextAttemptAt > now)) continue;
      // Another tab may have delivered it while this loop was busy.
      if (!store.read().some((e) => keyOf(e) === keyOf(entry))) continue;
      const outcome = await sendFeedback(api, entry.slug, entry.body);
      const key = keyOf(entry);
      if (outcome.kind === 'retry') {
        const later = Date.now();
        if (outcome.status === 429) {
          // The limit is per reader, not per submission: everything waits as long as the server asked.
          const notBefore = later + (outcome.retryAfterMs ?? backoffMs(entry.attempts + 1));
          store.update((entries) => entries.map((e) => ({ ...e, notBefore: Math.max(e.notBefore, notBefore) })));
          return;
        }
        store.update((entries) =>
          entries.map((e) =>
            keyOf(e) === key
              ? {
                  ...e,
                  attempts: e.attempts + 1,
                  nextAttemptAt: later + backoffMs(e.attempts + 1),
                  notBefore: outcome.retryAfterMs ? later + outcome.retryAfterMs : 0,
                }
              : e,
          ),
        );
        continue;
      }
      store.update((entries) => entries.filter((e) => keyOf(e) !== key));
      if (outcome.kind === 'delivered') {
        rememberSent(storage, entry.slug);
        emit({ type: 'delivered', key, slug: entry.slug });
      } else {
        emit({ type: 'rejected', key, slug: entry.slug, status: outcome.status, problem: outcome.problem });
      }
    }
  }

  /** Across tabs, where the browser can: a tab that finds the outbox busy skips this round. */
  async function withTabLock(work: () => Promise<void>): Promise<void> {
    const locks = browser.navigator.locks as LockManager | undefined;
    if (!locks) return work();
    await locks.request(OUTBOX_KEY, { ifAvailable: true }, async (lock) => {
      if (lock) await work();
    });
  }

  // One flush at a time in this tab: a call while one runs asks it to go round once more.
  let running: Promise<void> | null = null;
  let again: { ignoreBackoff: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listening = false;

  function flush({ ignoreBackoff = false } = {}): Promise<void> {
    if (running) {
      again = { ignoreBackoff: ignoreBackoff || Boolean(again?.ignoreBackoff) };
      return running;
    }
    running = (async () => {
      let round: { ignoreBackoff: boolean } | null = { ignoreBackoff };
      try {
        while (round) {
          again = null;
          await withTabLock(() => deliverDue(round?.ignoreBackoff ?? false));
          round = again;
        }
      } finally {
        running = null;
        schedule();
      }
    })();
    return running;
  }

  function schedule() {
    clearTimeout(timer);
    timer = undefined;
    const entries = store.read();
    if (entries.length === 0) return;
    const due = Math.min(...entries.map((e) => Math.max(e.nextAttemptAt, e.notBefore)));
    const delay = Math.min(Math.max(due - Date.now(), 1_000), POLL_MS);
    timer = setTimeout(() => void flush(), delay);
  }

  const onOnline = () => void flush({ ignoreBackoff: true });
  function listen() {
    if (listening) return;
    listening = true;
    browser.addEventListener('online', onOnline);
  }

  return {
    enqueue(slug, body, retryAfterMs) {
      const now = Date.now();
      const entry: OutboxEntry = {
        slug,
        body,
        attempts: 1,
        nextAttemptAt: now + backoffMs(1),
        notBefore: retryAfterMs ? now + retryAfterMs : 0,
      };
      const stored = store.update((entries) => [...entries.filter((e) => keyOf(e) !== body.idempotencyKey), entry]);
      if (stored) {
        listen();
        schedule();
      }
      return stored;
    },
    flush,
    start() {
      store.write(store.read());
      listen();
      return flush({ ignoreBackoff: true });
    },
    async stop() {
      browser.removeEventListener('online', onOnline);
      listening = false;
      clearTimeout(timer);
      timer = undefined;
      await running;
      clearTimeout(timer);
      timer = undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
