import { useMutation } from '@tanstack/react-query';
import { problemSchema, type Problem } from '../../../contract/api';
import { feedbackReceiptSchema, type FeedbackReceipt } from '../../../contract/feedback';
import type { ApiClient } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';

/** A submission as it goes over the wire: exactly what was built once, resent byte for byte on retries. */
export type OutgoingSubmission = { idempotencyKey: string } & Record<string, unknown>;

export type SendOutcome =
  | { kind: 'delivered'; receipt: FeedbackReceipt | undefined }
  /** Worth trying again later: no network, 5xx, 409 (first request still being written) or 429. */
  | { kind: 'retry'; status: number | undefined; retryAfterMs: number | undefined }
  /** The server refused it for good (400, 404, 413, 415, 422): resending the same body cannot help. */
  | { kind: 'rejected'; status: number; problem: Problem | undefined };

const RETRYABLE = new Set([408, 409, 425, 429]);
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** `Retry-After` is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  return response.json().catch(() => undefined);
}

/** Never throws: every way a send can end is one of three outcomes the widget and the outbox act on. */
export async function sendFeedback(api: ApiClient, slug: string, body: OutgoingSubmission): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await api.postJson(`/api/articles/${encodeURIComponent(slug)}/feedback`, body);
  } catch {
    return { kind: 'retry', status: undefined, retryAfterMs: undefined };
  }
  if (response.ok) {
    const receipt = feedbackReceiptSchema.safeParse(await readJson(response));
    return { kind: 'delivered', receipt: receipt.success ? receipt.data : undefined };
  }
  if (response.status >= 500 || RETRYABLE.has(response.status)) {
    return {
      kind: 'retry',
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    };
  }
  const problem = problemSchema.safeParse(await readJson(response));
  return { kind: 'rejected', status: response.status, problem: problem.success ? problem.data : undefined };
}

export function useSendFeedback(slug: string) {
  const api = useApi();
  // 'always': offline, the request must fail at once so the submission goes to the outbox and the reader
  // is told, rather than the mutation pausing silently until the connection returns.
  return useMutation({
    mutationFn: (body: OutgoingSubmission) => sendFeedback(api, slug, body),
    networkMode: 'always',
  });
}
