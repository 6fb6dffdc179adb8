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
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
