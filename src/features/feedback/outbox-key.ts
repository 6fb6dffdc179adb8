// Deliberately tiny: the app start imports this to decide whether to load the outbox at all.

/** localStorage key of the feedback outbox: submissions waiting to reach the server. */
export const OUTBOX_KEY = 'broadsheet:feedback-outbox';

/** Whether an earlier visit left feedback unsent (storage can be switched off: then there is none). */
export function hasPendingFeedback(): boolean {
  try {
    return Boolean(localStorage.getItem(OUTBOX_KEY));
  } catch {
    return false;
  }
}
