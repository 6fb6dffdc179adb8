import { HttpResponse } from 'msw';
import type { FieldError } from '../../src/contract/format-issues';
import { problem as problemBody } from '../../src/server/http/problem';

/** A problem+json answer for the mocked network, built by the server's own builder. */
export const problem = (status: number, detail = 'Something went wrong', errors?: FieldError[]) =>
  HttpResponse.json(problemBody(status, detail, errors), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
