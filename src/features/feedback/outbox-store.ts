import { z } from '../../contract/zod';
import { OUTBOX_KEY } from './outbox-key';

// Where the outbox keeps its entries: localStorage, read and written whole. Another tab may write between
// two calls, so every change re-reads first (updateOutbox) and nothing holds entries across an await.

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

/** What is stored, keeping only well-formed entries: unreadable JSON means an empty outbox. */
export function readOutbox(): OutboxEntry[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((item) => {
      const parsed = entrySchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

export function writeOutbox(entries: OutboxEntry[]): boolean {
  try {
    if (entries.length === 0) localStorage.removeItem(OUTBOX_KEY);
    else localStorage.setItem(OUTBOX_KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** Read, change, write at once, so entries other tabs added in the meantime survive. */
export const updateOutbox = (change: (entries: OutboxEntry[]) => OutboxEntry[]) => writeOutbox(change(readOutbox()));
