import { http } from 'msw';
import { afterEach, beforeEach } from 'vitest';
import { server as network } from './msw-server';
import { createTestServer, type TestServer, type TestServerOptions } from './server-app';

export const EDITOR_TOKEN = 'correct-editor-token-for-tests';

type Jar = Map<string, string>;

/** What the browser would keep from the answer's Set-Cookie headers (name=value; a Max-Age=0 or past expiry deletes). */
function keepCookies(jar: Jar, setCookie: string | string[] | undefined): void {
  for (const line of [setCookie ?? []].flat()) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const expired = attributes.some(
      (a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()),
    );
    if (expired) jar.delete(name);
    else jar.set(name, pair.slice(at + 1));
  }
}

/**
 * The real server app (assembled as production does, over the sample content and a fresh SQLite file for each
 * test) answering the page's `/api/*` requests behind the mocked network, with a cookie jar for the browser's.
 * Mocks then never re-implement what the server works out: the components see the real handlers' answers.
 */
export function serveRealApi({
  paths = '*/api/*',
  ...options
}: TestServerOptions & {
  /**
   * Which requests it answers (the rest keep the mocked defaults). Not the article reads: under jsdom, Fastify
   * does not recognise the cached answers' Buffers (another realm's ArrayBuffer) and sends them as JSON.
   */
  paths?: string;
} = {}) {
  let current: TestServer | undefined;
  const jar: Jar = new Map();
  const started = () => {
    if (!current) throw new Error('the real API starts before each test');
    return current;
  };

  async function forward(request: Request): Promise<Response> {
    const url = new URL(request.url);
    // Uncompressed: the mocked network hands bodies over as they are, it does not decode them.
    const { 'accept-encoding': _encoding, ...headers } = Object.fromEntries(request.headers);
    if (jar.size > 0) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    const answer = await started().app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: { ...headers, host: url.host },
      ...(body === undefined ? {} : { payload: body }),
    });
    keepCookies(jar, answer.headers['set-cookie']);
    const passed = Object.entries(answer.headers).flatMap(([name, value]) =>
      name === 'set-cookie' || value === undefined ? [] : [[name, String(value)] as [string, string]],
    );
    const empty = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(empty ? null : answer.payload, {
      status: answer.statusCode,
      headers: passed,
    });
  }

  const start = async (more: TestServerOptions = {}) => {
    await current?.close();
    current = await createTestServer(undefined, { adminToken: EDITOR_TOKEN, ...options, ...more });
  };

  beforeEach(async () => {
    jar.clear();
    await start();
    network.use(http.all(paths, ({ request }) => forward(request)));
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });

  return {
    get server() {
      return started();
    },
    /** Answers one request as the real server does (for a test's own handler that wraps it). */
    forward,
    /** Starts this test's server again with other settings (say, no editor token): the cookie jar stays. */
    restart: start,
    /** Signs in as an editor would, so the jar holds a session cookie. */
    async signIn(): Promise<void> {
      const answer = await started().app.inject({
        method: 'POST',
        url: '/api/admin/session',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ token: EDITOR_TOKEN }),
      });
      if (answer.statusCode !== 204) throw new Error(`sign-in answered ${answer.statusCode}`);
      keepCookies(jar, answer.headers['set-cookie']);
    },
    /** The browser lost its session cookie (it expired). */
    forgetCookies: () => jar.clear(),
  };
}
