import { afterEach } from 'vitest';
import { server } from './msw-server';

/** Every request the app sends, as "METHOD /path?query", for asserting what reached the API. */
export function recordRequests(): string[] {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname}${url.search}`);
  };
  server.events.on('request:start', listener);
  afterEach(() => server.events.removeListener('request:start', listener));
  return seen;
}
