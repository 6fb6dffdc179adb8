import path from 'node:path';
import Database from 'better-sqlite3';
import { startApiServer } from '../support/child-server';
import type { SpawnedServer } from '../support/spawn-server';
import { retryingClientsSoak, type SoakCounts, type StoredRow } from './retrying-clients';

export type { SoakCounts } from './retrying-clients';

type Options = { dataDir: string; restarts: number; clients: number; acksPerRound: number; slug: string };

/** One server over one SQLite file, SIGKILLed and restarted over the same file (WAL recovery) every round. */
export async function killRestartSoak({ dataDir, restarts, ...options }: Options): Promise<SoakCounts> {
  let server: SpawnedServer = await startApiServer(dataDir);
  return retryingClientsSoak({
    ...options,
    rounds: restarts,
    fleet: {
      urlFor: () => server.url,
      async disrupt() {
        await server.kill();
        server = await startApiServer(dataDir);
      },
      async finish() {
        await server.kill();
        const db = new Database(path.join(dataDir, 'broadsheet.sqlite'), { readonly: true });
        const rows = db.prepare('SELECT idempotency_key AS key, public_id AS id FROM feedback').all() as StoredRow[];
        db.close();
        return rows;
      },
    },
  });
}
