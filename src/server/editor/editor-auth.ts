import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/problem';

export const SESSION_COOKIE = 'broadsheet_editor';
export const SESSION_HOURS = 12;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal-length digests compared in constant time, so response timing says nothing about the token. */
export function tokenMatches(candidate: string, token: string): boolean {
  return timingSafeEqual(digest(candidate), digest(token));
}

// The session is `<expiry>.<HMAC keyed by the token>`: nothing to store, and changing the token signs everyone out.
const sign = (expires: number, token: string) =>
  createHmac('sha256', token).update(`editor-session:${expires}`).digest('base64url');

export function createSession(token: string, now = Date.now()): { value: string; maxAgeSeconds: number } {
  const expires = now + SESSION_HOURS * 3_600_000;
  return { value: `${expires}.${sign(expires, token)}`, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export function sessionIsValid(value: string | undefined, token: string, now = Date.now()): boolean {
  if (!value) return false;
  const [expiresText, signature = ''] = value.split('.');
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || expires < now) return false;
  return tokenMatches(signature, sign(expires, token));
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/** A preHandler for every editor route: 403 when editing is off, 401 without a valid session or bearer token. */
export function requireEditor(token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!token) return sendProblem(reply, 403, EDITOR_DISABLED);
    const presented = bearer(request);
    if (
      presented !== undefined ? tokenMatches(presented, token) : sessionIsValid(request.cookies[SESSION_COOKIE], token)
    )
      return;
    return sendProblem(reply, 401, 'Sign in with the editor token');
  };
}

export const EDITOR_DISABLED =
  'The editor is not enabled on this server. Set the FEEDBACK_ADMIN_TOKEN environment variable (16 characters or more) and restart.';
