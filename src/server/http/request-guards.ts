import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem';

export const MAX_URL_LENGTH = 2_048;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cheap checks before any route runs: over-long URLs, and writes from another site. With no CORS
 * and JSON-only bodies a cross-site form cannot post, but a browser also tells us where a request
 * came from (Sec-Fetch-Site, Origin), so a cross-site write is refused outright.
 */
export function registerRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) return sendProblem(reply, 414, 'The address is too long');
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site')
      return sendProblem(reply, 403, 'Cross-site requests are not accepted');
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== 'null') {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        host = undefined;
      }
      if (host !== withoutDefaultPort(request.headers.host))
        return sendProblem(reply, 403, 'Cross-site requests are not accepted');
    } else if (origin === 'null') return sendProblem(reply, 403, 'Cross-site requests are not accepted');
  });
}

/** Writes take JSON only: a cross-site HTML form can't send it without a CORS preflight we never grant. */
export function isJsonRequest(request: FastifyRequest): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}

// Browsers leave the default port out of Origin; a Host header may carry it.
const withoutDefaultPort = (host: string | undefined) => host?.replace(/:(80|443)$/, '');
