import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { postRating, startApiServer } from '../support/child-server';
import type { SpawnedServer } from '../support/spawn-server';

export type SoakCounts = {
  sent: number;
  acknowledged: number;
  stored: number;
  duplicates: number;
  lost: number;
  /** The first acknowledged submission sent again to the last restarted server, and what it answered. */
  replay: { id: string; status: number; body: unknown };
};

type Options = {
  dataDir: string;
  restarts: number;
  clients: number;
  /** New acknowledgements to wait for between kills, so each server is killed mid-stream, however slow the machine. */
  acksPerRound: number;
  slug: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clients post feedback and retry each submission with its idempotency key until it is
 * acknowledged, as the browser's outbox does, while the server is SIGKILLed and restarted.
 * Afterwards the database must hold every acknowledged submission exactly once.
 */
export async function killRestartSoak({
  dataDir,
  restarts,
  clients,
  acksPerRound,
  slug,
}: Options): Promise<SoakCounts> {
  let server: SpawnedServer = await startApiServer(dataDir);
  let sending = true;
  const sent = new Set<string>();
  const acknowledged = new Map<string, string>();
  let waiting: { target: number; resolve: () => void } | undefined;
  const acknowledge = (key: string, id: string) => {
    acknowledged.set(key, id);
    if (waiting && acknowledged.size >= waiting.target) waiting.resolve();
  };
  const moreAcks = (count: number) =>
    new Promise<void>((resolve) => {
      waiting = { target: acknowledged.size + count, resolve };
    });

  const deliver = async (key: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await postRating(server.url, slug, key, AbortSignal.timeout(5_000));
        if (res.status === 200 || res.status === 201) {
          acknowledge(key, ((await res.json()) as { id: string }).id);
          return;
        }
        if (res.status < 500 && res.status !== 409 && res.status !== 429) throw new Error(`refused: ${res.status}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('refused')) throw error;
      }
      await sleep(Math.min(1_000, 20 * 2 ** Math.min(attempt, 6)));
    }
  };

  const client = async () => {
    while (sending) {
      const key = randomUUID();
      sent.add(key);
      await deliver(key);
    }
  };

  const running = Array.from({ length: clients }, client);
  for (let i = 0; i < restarts; i++) {
    await moreAcks(acksPerRound);
    await server.kill();
    server = await startApiServer(dataDir);
  }
  await moreAcks(acksPerRound);
  sending = false;
  await Promise.all(running);
  const [firstKey, firstId] = [...acknowledged][0] ?? ['', ''];
  const again = await postRating(server.url, slug, firstKey);
  const replay = { id: firstId, status: again.status, body: await again.json() };
  await server.kill();

  const db = new Database(path.join(dataDir, 'broadsheet.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT idempotency_key AS key, public_id AS id FROM feedback').all() as {
    key: string;
    id: string;
  }[];
  db.close();
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  const duplicates = [...byKey.values()].filter((ids) => ids.length > 1).length;
  const lost = [...acknowledged].filter(([key, id]) => !byKey.get(key)?.includes(id)).length;
  return {
    sent: sent.size,
    acknowledged: acknowledged.size,
    stored: [...sent].filter((k) => byKey.has(k)).length,
    duplicates,
    lost,
    replay,
  };
}
