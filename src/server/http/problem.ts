import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { FieldError } from '../../contract/format-issues';

export type ProblemBody = { type: 'about:blank'; title: string; status: number; detail: string; errors?: FieldError[] };

/** An error as RFC 9457 problem details, titled with the status's standard reason phrase: one shape everywhere. */
export function problem(status: number, detail: string, errors?: FieldError[]): ProblemBody {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) };
}

export function sendProblem(reply: FastifyReply, status: number, detail: string, errors?: FieldError[]): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problem(status, detail, errors));
}
