import type { FastifyRequest } from 'fastify';
import type { HttpPolicy } from './http-policy';

/**
 * The origin absolute addresses name (canonical links, feeds, sitemaps): PUBLIC_URL's when set, else the one the
 * request came to. The Host was checked against ALLOWED_HOSTS before any route ran, and behind a proxy the
 * scheme and host come from it only when TRUST_PROXY trusts it.
 */
export function siteOrigin(request: FastifyRequest, http: Pick<HttpPolicy, 'publicOrigin'>): string {
  return http.publicOrigin ?? `${request.protocol}://${request.host}`;
}
