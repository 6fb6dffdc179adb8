import { http } from 'msw';
import { server } from './msw-server';

/**
 * Holds every GET to `path` until the test calls the returned `release`; then the handlers
 * already in place answer as usual. For loading states: a response that arrives when the test says.
 */
export function holdRequests(path: string): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(path, async () => {
      await released;
      // Returning nothing hands the request on to the next matching handler.
    }),
  );
  return release;
}
