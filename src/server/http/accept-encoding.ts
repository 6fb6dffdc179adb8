import type { FastifyInstance } from 'fastify';

/** The encodings anything in this server can send (pages and the API: br, gzip; @fastify/compress: also deflate). */
const CODINGS = ['br', 'gzip', 'deflate'] as const;

/**
 * Rewrites `*` in Accept-Encoding as the codings the header does not name, each with the wildcard's q-value.
 * The negotiator behind our own bodies, @fastify/compress and @fastify/static lets `*;q=1` win over an explicit
 * `br;q=0` (RFC 9110 §12.5.3: a coding named with q=0 is not acceptable, whatever `*` says).
 */
export function withoutWildcard(header: string): string {
  const entries = header
    .split(',')
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw) => ({ raw, coding: (raw.split(';')[0] ?? '').trim().toLowerCase() }));
  const wildcard = entries.find((entry) => entry.coding === '*');
  if (!wildcard) return header;
  const named = new Set(entries.map((entry) => entry.coding));
  const semicolon = wildcard.raw.indexOf(';');
  const params = semicolon === -1 ? '' : wildcard.raw.slice(semicolon);
  return [
    ...entries.filter((entry) => entry !== wildcard).map((entry) => entry.raw),
    ...CODINGS.filter((coding) => !named.has(coding)).map((coding) => `${coding}${params}`),
  ].join(', ');
}

/** Before any route or plugin reads it, so every answer negotiates the same way. */
export function registerAcceptEncoding(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const header = request.headers['accept-encoding'];
    if (header?.includes('*')) request.headers['accept-encoding'] = withoutWildcard(header);
  });
}
