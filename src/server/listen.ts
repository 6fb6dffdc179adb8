import type { FastifyInstance } from 'fastify';
import type { Config } from './config';

/** What `npm start` and `npm run dev` add to an assembled app: listen, say where, stop cleanly on a signal. */
export async function listen(app: FastifyInstance, config: Config): Promise<void> {
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Printed plainly as well as logged, so a person can open it (and a spawner can read the port).
  console.log(`\nBroadsheet is running at http://${config.host}:${port}/\n`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, shutting down`);
      shutDown(app, config.shutdownGraceMs).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/**
 * A graceful stop: no new connections, idle keep-alive sockets closed at once (Fastify's default), requests
 * already being answered finish (feedback acknowledged is on disk; the writer drains before the store closes).
 * A request still open after the grace period (a stalled upload) is cut so a rollout never hangs: nothing it
 * carried was acknowledged, and the reader's outbox sends it again.
 */
async function shutDown(app: FastifyInstance, graceMs: number): Promise<void> {
  const deadline = setTimeout(() => {
    app.log.warn(`Requests still open ${graceMs} ms after the signal; closing their connections`);
    app.server.closeAllConnections();
  }, graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(deadline);
  }
}
