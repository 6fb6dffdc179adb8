import type { Digest } from './build-digest';

const POST_TIMEOUT_MS = 10_000;

/**
 * POSTs the digest as JSON. Throws naming only the receiver's origin: the rest of the address (a webhook's
 * path) is often its secret and must not reach a log.
 */
export async function postDigest(url: string, digest: Digest, timeoutMs = POST_TIMEOUT_MS): Promise<void> {
  const { origin } = new URL(url);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(digest),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new Error(`FEEDBACK_DIGEST_URL (${origin}) could not be reached: ${(error as Error).message}`);
  }
  await response.body?.cancel();
  if (!response.ok) throw new Error(`FEEDBACK_DIGEST_URL (${origin}) answered ${response.status}`);
}
