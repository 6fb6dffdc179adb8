import { createHash } from 'node:crypto';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gzip';
const negotiator = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip'] });
/** Below this, compression saves less than it costs: here and for @fastify/compress (app.ts). */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * A response body that is compressed once per encoding, when a reader first asks for it, and then sent as bytes.
 * Cached answers (an article's JSON, a rendered page) would otherwise be compressed again on every request,
 * which cost the article API about three quarters of its throughput for browsers asking for brotli.
 */
export class CompressibleBody {
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();
  /** Weak: every encoding of these bytes is the same representation, so they share one ETag. */
  readonly etag: string;

  constructor(readonly raw: Buffer) {
    this.etag = `W/"${createHash('sha1').update(raw).digest('base64url')}"`;
  }

  static of(text: string): CompressibleBody {
    return new CompressibleBody(Buffer.from(text, 'utf8'));
  }

  /** Off the event loop (zlib's thread pool), at the highest levels: it is done once. */
  in(encoding: Encoding): Promise<Buffer> {
    let pending = this.encoded.get(encoding);
    if (!pending) {
      pending =
        encoding === 'br'
          ? brotli(this.raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: this.raw.length,
              },
            })
          : gzipAsync(this.raw, { level: 9 });
      this.encoded.set(encoding, pending);
    }
    return pending;
  }
}

/**
 * Sends the body with its ETag, in the best encoding the request accepts (@fastify/etag answers a matching
 * If-None-Match with 304; @fastify/compress leaves an encoded reply alone).
 */
export async function sendCompressible(request: FastifyRequest, reply: FastifyReply, body: CompressibleBody) {
  reply.header('etag', body.etag).header('vary', 'accept-encoding');
  const accepted = request.headers['accept-encoding'];
  const encoding = body.raw.length >= COMPRESS_MIN_BYTES && accepted ? negotiator.negotiate(accepted) : null;
  if (!encoding) return reply.send(body.raw);
  return reply.header('content-encoding', encoding).send(await body.in(encoding));
}
