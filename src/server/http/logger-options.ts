import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/**
 * Structured JSON logs (pino) with request ids. Only method, URL and id describe a request:
 * no IP address, no headers (so no cookies or tokens), and never a body (so no reader's comment).
 */
export function loggerOptions(
  level: Config['logLevel'],
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url, id: req.id }),
    },
  };
}
