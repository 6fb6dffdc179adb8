import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { formatIssues, type FieldError } from '../../contract/format-issues';

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

/** 400 naming each bad query parameter (an unknown one is named from zod's message, as its path is the root). */
export function sendQueryProblem(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const errors = formatIssues(error).map((e) =>
    e.path === '(root)' ? { ...e, path: e.message.match(/"(.+?)"/)?.[1] ?? e.path } : e,
  );
  return sendProblem(reply, 400, `Invalid query parameter: ${errors.map((e) => e.path).join(', ')}`, errors);
}
