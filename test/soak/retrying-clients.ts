import { randomUUID } from 'node:crypto';
import { postRating } from '../support/child-server';

export type SoakCounts = {
  sent: number;
  acknowledged: number;
  stored: number;
  duplicates: number;
  lost: number;
  /** The first acknowledged submission sent again once the disruptions are over, and what it answered. */
  replay: { id: string; status: number; body: unknown };
};

export type StoredRow = { key: string; id: string };

/** The servers under test, and what is done to them between rounds. */
export type Fleet = {
  /** Where a client's `attempt`-th try goes (one server, or spread over several). */
  urlFor(client: number, attempt: number): string;
  /** One disruption (a kill -9, a restart…), done once the round's acknowledgements are in. */
  disrupt(round: number): Promise<void>;
  /** Every row stored, read once the clients have stopped; then the fleet is shut down. */
  finish(): Promise<StoredRow[]>;
};

type Options = {
  fleet: Fleet;
  rounds: number;
  clients: number;
  /** New acknowledgements to wait for before each disruption, so each hits mid-stream however slow the machine. */
  acksPerRound: number;
  slug: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clients post feedback and retry each submission with its idempotency key until it is acknowledged, as the
 * browser's outbox does, while the fleet is disrupted. Afterwards every acknowledged submission must be stored
 * exactly once, under the id it was acknowledged with.
 */
export async function retryingClientsSoak({
  fleet,
  rounds,
  clients,
  acksPerRound,
  slug,
}: Options): Promise<SoakCounts> {
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

  const deliver = async (client: number, key: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await postRating(fleet.urlFor(client, attempt), slug, key, AbortSignal.timeout(5_000));
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

  const client = async (index: number) => {
    while (sending) {
      const key = randomUUID();
      sent.add(key);
      await deliver(index, key);
    }
  };

  const running = Array.from({ length: clients }, (_, i) => client(i));
  for (let round = 0; round < rounds; round++) {
    await moreAcks(acksPerRound);
    await fleet.disrupt(round);
  }
  await moreAcks(acksPerRound);
  sending = false;
  await Promise.all(running);
  const [firstKey, firstId] = [...acknowledged][0] ?? ['', ''];
  const again = await postRating(fleet.urlFor(0, 0), slug, firstKey);
  const replay = { id: firstId, status: again.status, body: await again.json() };

  const rows = await fleet.finish();
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  return {
    sent: sent.size,
    acknowledged: acknowledged.size,
    stored: [...sent].filter((k) => byKey.has(k)).length,
    duplicates: [...byKey.values()].filter((ids) => ids.length > 1).length,
    lost: [...acknowledged].filter(([key, id]) => !byKey.get(key)?.includes(id)).length,
    replay,
  };
}
