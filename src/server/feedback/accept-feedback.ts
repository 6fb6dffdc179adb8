import { randomUUID } from 'node:crypto';
import { MIN_TIME_ON_PAGE_MS, type FeedbackSubmission } from '../../contract/feedback';
import { redactPersonalDetails } from '../../contract/redact';
import type { NewFeedback, Store } from '../store/store';
import type { FeedbackWriter } from './feedback-writer';
import { stableHash } from './stable-hash';
import type { SubmissionLimit } from './submission-limit';

/** The same comment from the same reader within this long is stored once. */
export const DUPLICATE_WINDOW_MS = 5 * 60_000;

export type Acceptance =
  | { kind: 'created' | 'replayed' | 'duplicate'; publicId: string }
  /** The key was used before for a different body. */
  | { kind: 'conflict' }
  | { kind: 'limited'; retryAfterS: number }
  | { kind: 'unavailable'; cause: unknown };

export type AcceptFeedback = (input: {
  slug: string;
  submission: FeedbackSubmission;
  /** Who sent it (a salted hash, never the IP): for the rate limit and the duplicate check. */
  client: string;
}) => Promise<Acceptance>;

function spamReason(submission: FeedbackSubmission): string | null {
  if (submission.website) return 'honeypot';
  if (submission.timeOnPageMs !== undefined && submission.timeOnPageMs < MIN_TIME_ON_PAGE_MS) return 'too-fast';
  return null;
}

function toRow(slug: string, submission: FeedbackSubmission, client: string, now: number): NewFeedback {
  const comment = submission.comment ? redactPersonalDetails(submission.comment).text : null;
  return {
    publicId: randomUUID(),
    idempotencyKey: submission.idempotencyKey,
    // Hashed after redaction: a hash of the raw body would confirm a guessed phone number the comment hides.
    bodyHash: stableHash({ slug, ...submission, comment: comment ?? undefined }),
    articleSlug: slug,
    kind: submission.kind,
    helpful: submission.kind === 'rating' ? submission.helpful : null,
    reasons: submission.kind === 'rating' ? submission.reasons : [],
    comment,
    category: submission.kind === 'error-report' ? submission.category : null,
    spamReason: spamReason(submission),
    duplicateKey: comment === null ? null : stableHash({ client, slug, kind: submission.kind, comment }),
    createdAt: new Date(now).toISOString(),
  };
}

/**
 * The one write path for feedback, however it arrived (JSON or a plain form post): redact, hash what is
 * stored, write once (the unique index decides replays), and count against the client's allowance only
 * what was newly stored.
 */
export function createFeedbackAcceptor(
  store: Store,
  writer: FeedbackWriter,
  limit: SubmissionLimit,
  now: () => number = Date.now,
): AcceptFeedback {
  return async ({ slug, submission, client }) => {
    const at = now();
    const row = toRow(slug, submission, client, at);
    const allowance = limit.take(client, at);
    if (!allowance.ok) {
      // Over the limit a key already stored is still answered: what was accepted is never refused.
      const stored = await store.findFeedbackKey(row.idempotencyKey);
      if (!stored) return { kind: 'limited', retryAfterS: allowance.retryAfterS };
      return stored.bodyHash === row.bodyHash ? { kind: 'replayed', publicId: stored.publicId } : { kind: 'conflict' };
    }
    try {
      const result = await writer.write(row);
      if (result.status !== 'created') limit.giveBack(client);
      if (result.status === 'replayed' && result.bodyHash !== row.bodyHash) return { kind: 'conflict' };
      return { kind: result.status, publicId: result.publicId };
    } catch (error) {
      limit.giveBack(client);
      // Whatever the driver threw (disk full, I/O error), nothing was acknowledged: the client retries.
      return { kind: 'unavailable', cause: error instanceof Error && error.cause ? error.cause : error };
    }
  };
}
