import type { Outbox, OutboxOptions } from './outbox';
import type { StorageSource } from './storage-source';

/**
 * The one outbox of an app, made by its entry with the storage and API client it sends through, and handed to
 * whoever needs it (the app's start, the feedback forms) through OutboxProvider. It keeps only the options and,
 * once made, the outbox: the outbox's code stays in the forms' chunk (which the service worker caches for offline
 * use), so a caller passes `createOutbox` in, and every caller gets the same instance, one set of timers and
 * listeners.
 */
export type OutboxHost = {
  get(create: (options: OutboxOptions) => Outbox): Outbox;
  /** The storage the outbox keeps its entries in, where the forms also remember which articles were answered. */
  storage: StorageSource;
};

export function createOutboxHost(options: OutboxOptions): OutboxHost {
  let outbox: Outbox | undefined;
  return { get: (create) => (outbox ??= create(options)), storage: options.storage };
}
