import pg from 'pg';
import { startApiServer } from '../support/child-server';
import type { SpawnedServer } from '../support/spawn-server';
import { retryingClientsSoak, type SoakCounts, type StoredRow } from './retrying-clients';

type Options = { databaseUrl: string; kills: number; clients: number; acksPerRound: number; slug: string };

/**
 * Two instances over one PostgreSQL; each client spreads its tries over both (a retry goes to the other one, as
 * a load balancer would send it). Every round one instance is SIGKILLed mid-stream and a new one takes its place.
 */
export async function instanceKillSoak({ databaseUrl, kills, ...options }: Options): Promise<SoakCounts> {
  const start = () => startApiServer(undefined, { DATABASE_URL: databaseUrl });
  const instances: SpawnedServer[] = await Promise.all([start(), start()]);
  return retryingClientsSoak({
    ...options,
    rounds: kills,
    fleet: {
      urlFor: (client, attempt) => (instances[(client + attempt) % instances.length] as SpawnedServer).url,
      async disrupt(round) {
        const victim = round % instances.length;
        await instances[victim]?.kill();
        instances[victim] = await start();
      },
      async finish() {
        await Promise.all(instances.map((i) => i.kill()));
        const db = new pg.Client({ connectionString: databaseUrl });
        await db.connect();
        try {
          return (await db.query<StoredRow>('SELECT idempotency_key AS key, public_id AS id FROM feedback')).rows;
        } finally {
          await db.end();
        }
      },
    },
  });
}
