import type { z } from 'zod';
import type { Problem } from '../contract/api';

/** How requests leave the app: `fetch` in the browser; an in-process call during a server render. */
export type Transport = (path: string, init?: RequestInit) => Promise<Response>;

/** The browser's way out: relative paths resolved against the page. */
export const fetchTransport: Transport = (path, init) => fetch(new URL(path, window.location.href), init);

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

export type NoContentOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
};

export type ApiClient = {
  /** The answer, checked against `schema` (unless the client trusts its transport). */
  getJson<T>(path: string, schema: SchemaSource<T>, signal?: AbortSignal): Promise<T>;
  postJson(path: string, body: unknown, init?: RequestInit): Promise<Response>;
  /**
   * For endpoints that answer `204` with no body (GET, POST, PUT or DELETE): resolves when the server says yes,
   * throws an ApiError carrying the problem's status and detail otherwise.
   */
  sendNoContent(path: string, options?: NoContentOptions): Promise<void>;
};

export type ApiClientOptions = {
  /**
   * The answers come from this same process, which validated the data where it entered (content files at
   * load): parsing them again with the client's schemas would only repeat that work. The server render sets it.
   */
  trusted?: boolean;
};

/** A read that has not answered by then will not: show the error state (with "Try again"), not a stuck page. */
export const READ_TIMEOUT_MS = 8_000;

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

async function failure(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  return new ApiError(response.status, problem?.detail ?? `Request failed with status ${response.status}`, problem);
}

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

/** Every request the app makes goes through one of these, made from the transport it is given. */
export function createApiClient(transport: Transport, { trusted = false }: ApiClientOptions = {}): ApiClient {
  async function read<T>(path: string, source: SchemaSource<T>, signal: AbortSignal): Promise<T> {
    const response = await transport(path, { method: 'GET', signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw await failure(response);
    const body: unknown = await response.json().catch(() => {
      throw new ApiError(response.status, 'The server sent a response we could not read');
    });
    if (trusted) return body as T;
    // The boundary: nothing past this point sees data that does not match the contract.
    const parsed = (await resolveSchema(source)).safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, 'The server sent data in an unexpected shape');
    return parsed.data;
  }

  return {
    async getJson(path, schema, signal) {
      try {
        return await read(path, schema, withTimeout(signal, READ_TIMEOUT_MS));
      } catch (error) {
        if (error instanceof DOMException && error.name === 'TimeoutError')
          throw new ApiError(0, 'The server took too long to answer');
        throw error;
      }
    },
    postJson: (path, body, init = {}) =>
      transport(path, {
        ...init,
        method: 'POST',
        headers: { ...jsonHeaders, ...init.headers },
        body: JSON.stringify(body),
      }),
    async sendNoContent(path, { method = 'GET', body, signal } = {}) {
      const response = await transport(path, {
        method,
        signal,
        headers: body === undefined ? { accept: 'application/json' } : jsonHeaders,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw await failure(response);
    },
  };
}
