import type { z } from 'zod';
import type { Problem } from '../contract/api';

/** How requests leave the app: `fetch` in the browser; the server swaps in an in-process call while rendering. */
export type Transport = (path: string, init?: RequestInit) => Promise<Response>;

const browserTransport: Transport = (path, init) => fetch(new URL(path, window.location.href), init);
let transport: Transport = browserTransport;

export function setTransport(next: Transport): void {
  transport = next;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  constructor(status: number, message: string, problem?: Problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/**
 * A schema, or a function that imports one. Pages rendered on the server arrive with their data, so
 * readers who never navigate never need zod: query functions pass loaders and zod comes with the first fetch.
 */
export type SchemaSource<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

const resolveSchema = <T>(source: SchemaSource<T>) => (typeof source === 'function' ? source() : source);

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const { problemSchema } = await import('../contract/api');
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function request<T>(path: string, source: SchemaSource<T>, init: RequestInit): Promise<T> {
  const response = await transport(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, problem?.detail ?? `Request failed with status ${response.status}`, problem);
  }
  const body: unknown = await response.json().catch(() => {
    throw new ApiError(response.status, 'The server sent a response we could not read');
  });
  // The boundary: nothing past this point sees data that does not match the contract.
  const parsed = (await resolveSchema(source)).safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'The server sent data in an unexpected shape');
  return parsed.data;
}

/** A read that has not answered by then will not: show the error state (with "Try again"), not a stuck page. */
export const READ_TIMEOUT_MS = 8_000;

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

export async function getJson<T>(path: string, schema: SchemaSource<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await request(path, schema, { method: 'GET', signal: withTimeout(signal, READ_TIMEOUT_MS) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError')
      throw new ApiError(0, 'The server took too long to answer');
    throw error;
  }
}

export async function postJson(path: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return transport(path, {
    ...init,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...init.headers },
    body: JSON.stringify(body),
  });
}

/**
 * For endpoints that answer `204` with no body (GET, POST, PUT or DELETE): resolves when the server says yes,
 * throws an ApiError carrying the problem's status and detail otherwise.
 */
export async function sendNoContent(
  path: string,
  {
    method = 'GET',
    body,
    signal,
  }: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; signal?: AbortSignal } = {},
): Promise<void> {
  const response = await transport(path, {
    method,
    signal,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, problem?.detail ?? `Request failed with status ${response.status}`, problem);
  }
}
