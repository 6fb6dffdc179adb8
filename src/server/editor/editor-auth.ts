import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientKey } from '../feedback/client-key';
import { sendProblem } from '../http/problem';
import type { Store } from '../store/store';
import type { FailureLimit } from './failure-limit';

export const SESSION_COOKIE = 'broadsheet_editor';
export const SESSION_HOURS = 12;
/** Failed token checks a client may make per minute, by sign-in and bearer together. */
export const AUTH_FAILURES_PER_MINUTE = 10;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal-length digests compared in constant time, so response timing says nothing about the token. */
export function tokenMatches(candidate: string, token: string): boolean {
  return timingSafeEqual(digest(candidate), digest(token));
}

export type EditorAuth = { token: string; store: Store; failures: FailureLimit; now: () => number };

// Stored under an HMAC keyed by the token: the database alone opens no session, and a new token signs everyone out.
const sessionId = (value: string, token: string) =>
  createHmac('sha256', token).update(`editor-session:${value}`).digest('base64url');

export async function createSession({
  token,
  store,
  now,
}: EditorAuth): Promise<{ value: string; maxAgeSeconds: number }> {
  const value = randomBytes(32).toString('base64url');
  await store.addSession(sessionId(value, token), now() + SESSION_HOURS * 3_600_000, now());
  return { value, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function sessionIsValid({ token, store, now }: EditorAuth, value: string | undefined): Promise<boolean> {
  if (!value) return false;
  const expires = await store.sessionExpiry(sessionId(value, token));
  return expires !== undefined && expires >= now();
}

/** Signing out ends the session on the server: the cookie stops working even if a copy of it was kept. */
export async function revokeSession({ token, store }: EditorAuth, value: string | undefined): Promise<void> {
  if (value) await store.deleteSession(sessionId(value, token));
}

/**
 * Checks a presented token against the shared failure limit: 429 once the client has failed too often
 * (even for the right token, or guessing would go on), 401 counted as a failure when it is wrong.
 */
export function checkToken(auth: EditorAuth, request: FastifyRequest, reply: FastifyReply, presented: string) {
  const client = clientKey(request);
  const wait = auth.failures.retryAfter(client);
  if (wait > 0)
    return sendProblem(
      reply.header('retry-after', String(wait)),
      429,
      `Too many wrong tokens; try again in ${wait} seconds`,
    );
  if (tokenMatches(presented, auth.token)) return undefined;
  auth.failures.record(client);
  return sendProblem(reply, 401, 'That token is not right');
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/** A preHandler for every editor route: 403 when editing is off, 401 without a valid session or bearer token. */
export function requireEditor(auth: EditorAuth | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!auth) return sendProblem(reply, 403, EDITOR_DISABLED);
    const presented = bearer(request);
    if (presented !== undefined) return checkToken(auth, request, reply, presented);
    if (await sessionIsValid(auth, request.cookies[SESSION_COOKIE])) return;
    return sendProblem(reply, 401, 'Sign in with the editor token');
  };
}

export const EDITOR_DISABLED =
  'The editor is not enabled on this server. Set the FEEDBACK_ADMIN_TOKEN environment variable (16 characters or more) and restart.';
