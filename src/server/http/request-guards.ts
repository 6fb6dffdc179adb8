import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hostAllowed, type HttpPolicy } from './http-policy';
import { sendProblem } from './problem';

export const MAX_URL_LENGTH = 2_048;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cheap checks before any route runs: a Host this server does not serve (DNS rebinding), over-long URLs, and
 * writes from another site. The API takes JSON only (no CORS), so a cross-site form cannot post to it; the
 * widget's own form route (feedback-form-route.ts) takes form bodies, and for it and everything else a browser
 * tells us where a request came from (Sec-Fetch-Site, Origin), so a cross-site write is refused outright.
 */
export function registerRequestGuards(app: FastifyInstance, policy: HttpPolicy): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!hostAllowed(policy.allowedHosts, request.headers.host))
      return sendProblem(
        reply,
        400,
        'This server does not answer for the host named in the request (see ALLOWED_HOSTS)',
      );
    if (request.url.length > MAX_URL_LENGTH) return sendProblem(reply, 414, 'The address is too long');
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site' || !sameOrigin(request, policy))
      return sendProblem(reply, 403, 'Cross-site requests are not accepted');
  });
}

/**
 * No Origin (not a browser, or an old one) passes: Sec-Fetch-Site and JSON-only bodies cover those, and the
 * one form route can only file feedback, which anyone may do. An Origin
 * must be this server as the request reached it, scheme included, or the public address (PUBLIC_URL).
 */
function sameOrigin(request: FastifyRequest, policy: HttpPolicy): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const given = originOf(origin);
  if (given === undefined) return false;
  return given === originOf(`${request.protocol}://${request.host}`) || given === policy.publicOrigin;
}

/** Scheme, host and port, with the scheme's default port left out (as browsers send it). */
export function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Writes take JSON only: a cross-site HTML form can't send it without a CORS preflight we never grant. */
export function isJsonRequest(request: FastifyRequest): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}
