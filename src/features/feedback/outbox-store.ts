import { z } from '../../contract/zod';
import { OUTBOX_KEY } from './outbox-key';
import type { StorageSource } from './storage-source';

// Where the outbox keeps its entries: a Storage (localStorage in the browser), read and written whole. Another
// tab may write between two calls, so every change re-reads first (update) and nothing holds entries across an
// await.

const entrySchema = z.object({
  slug: z.string().min(1),
  body: z.looseObject({ idempotencyKey: z.string().min(1) }),
  attempts: z.number().int().min(0),
  /** Backoff: when the next scheduled try is due. Coming back online or a new visit tries sooner. */
  nextAttemptAt: z.number(),
  /** From `Retry-After`: nothing is sent before this, whatever the trigger. */
  notBefore: z.number(),
});
export type OutboxEntry = z.infer<typeof entrySchema>;

export const keyOf = (entry: OutboxEntry) => entry.body.idempotencyKey;

export type OutboxStore = {
  /** What is stored, keeping only well-formed entries: unreadable JSON means an empty outbox. */
  read(): OutboxEntry[];
  /** False when the browser would not store it (storage off or full). */
  write(entries: OutboxEntry[]): boolean;
  /** Read, change, write at once, so entries other tabs added in the meantime survive. */
  update(change: (entries: OutboxEntry[]) => OutboxEntry[]): boolean;
};

export function createOutboxStore(storage: StorageSource): OutboxStore {
  function read(): OutboxEntry[] {
    try {
      const stored: unknown = JSON.parse(storage().getItem(OUTBOX_KEY) ?? '[]');
      if (!Array.isArray(stored)) return [];
      return stored.flatMap((item) => {
        const parsed = entrySchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    } catch {
      return [];
    }
  }
  function write(entries: OutboxEntry[]): boolean {
    try {
      if (entries.length === 0) storage().removeItem(OUTBOX_KEY);
      else storage().setItem(OUTBOX_KEY, JSON.stringify(entries));
      return true;
    } catch {
      return false;
    }
  }
  return { read, write, update: (change) => write(change(read())) };
}
