import axe from 'axe-core';
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

/** axe-core over the rendered page; colour contrast and landmarks need a real browser and the whole page. */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}
