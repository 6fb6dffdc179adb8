import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

// A per-process secret: the key identifies a client for rate limiting without the raw IP ever
// being kept, and it cannot be reversed or linked across restarts.
const salt = randomBytes(32);

export function clientKey(request: FastifyRequest): string {
  return createHmac('sha256', salt).update(request.ip).digest('base64url').slice(0, 22);
}
