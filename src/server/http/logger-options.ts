import type { FastifyBaseLogger } from 'fastify';
import { pino, type LoggerOptions } from 'pino';
import type { Config } from '../config';

/**
 * The path and the names of its query parameters, never their values: a token pasted into an address by hand
 * (`?token=…`) must not end up in the log. `/api/articles?section=science&cursor=…` logs as
 * `/api/articles?section=[redacted]&cursor=[redacted]`.
 */
export function redactQuery(url: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return url;
  const names = url
    .slice(mark + 1)
    .split('&')
    .filter((pair) => pair !== '')
    // A bare value (`?eyJhbGci…`) or an odd "name" could be the secret itself: only short plain names are kept.
    .map((pair) => {
      const name = pair.includes('=') ? (pair.split('=')[0] as string) : '';
      return /^[\w.-]{1,40}$/.test(name) ? `${name}=[redacted]` : '[redacted]';
    });
  return `${url.slice(0, mark)}?${names.join('&')}`;
}

/**
 * Structured JSON logs (pino) with request ids. Only method, path and id describe a request:
 * no query values, no IP address, no headers (so no cookies or tokens), and never a body (so no reader's comment).
 */
export function loggerOptions(level: Config['logLevel']): LoggerOptions {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: redactQuery(req.url),
        id: req.id,
      }),
    },
  };
}

/** The server's one logger (stdout unless a stream is given), made before the store and the app that use it. */
export function createLogger(level: Config['logLevel'], stream?: NodeJS.WritableStream): FastifyBaseLogger {
  return stream ? pino(loggerOptions(level), stream) : pino(loggerOptions(level));
}
