// Deliberately tiny: the app start imports this to decide whether to load the outbox at all.
import type { StorageSource } from './storage-source';

/** Storage key of the feedback outbox: submissions waiting to reach the server. */
export const OUTBOX_KEY = 'broadsheet:feedback-outbox';

/** Whether an earlier visit left feedback unsent (storage can be switched off: then there is none). */
export function hasPendingFeedback(storage: StorageSource): boolean {
  try {
    return Boolean(storage().getItem(OUTBOX_KEY));
  } catch {
    return false;
  }
}
