import type { Duplex } from 'node:stream';
import { problem } from './problem';

/**
 * Answers a request Node could not parse (a malformed request line, headers over the limit, a timeout) as
 * problem JSON with the security headers, where Fastify's default writes bare `{"error":…}`. Nothing of the
 * request is echoed back.
 */
export function clientErrorHandler(headers: Record<string, string>) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request headers are too large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'The request took too long to arrive']
          : [400, 'The request could not be read as HTTP'];
    const body = problem(status, detail);
    const text = JSON.stringify(body);
    const lines = [
      `HTTP/1.1 ${status} ${body.title}`,
      'content-type: application/problem+json; charset=utf-8',
      `content-length: ${Buffer.byteLength(text)}`,
      'connection: close',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    if (socket.writable) socket.write(`${lines.join('\r\n')}\r\n\r\n${text}`);
    socket.destroy(error);
  };
}
