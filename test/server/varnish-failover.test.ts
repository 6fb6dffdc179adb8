import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRating, startApiServer } from '../support/child-server';
import { SEED_SLUG } from '../support/fixtures';
import type { SpawnedServer } from '../support/spawn-server';
import { startVarnish, type Varnish } from '../support/varnish';

// Two server processes behind the shipped VCL; one of them dies as a crash would (SIGKILL).
let instances: SpawnedServer[];
let varnish: Varnish;
beforeAll(async () => {
  instances = await Promise.all([1, 2].map(() => startApiServer()));
  const ports = instances.map((i) => Number(new URL(i.url).port));
  varnish = await startVarnish(ports as [number, number]);
}, 120_000);
afterAll(async () => {
  await varnish?.stop();
  await Promise.all(instances.map((i) => i.dispose()));
});

/** Answers no cache holds yet: every one of them reaches an instance. */
const freshRead = (n: number) => fetch(`${varnish.url}/api/articles?limit=${n}`);

describe('an instance killed behind the cache', () => {
  it('is routed around: every read and every feedback post is still answered', async () => {
    for (let n = 1; n <= 4; n++) expect((await freshRead(n)).status).toBe(200);
    await instances[1]?.kill();
    const statuses: number[] = [];
    for (let n = 5; n <= 24; n++) {
      statuses.push((await freshRead(n)).status);
      statuses.push((await postRating(varnish.url, SEED_SLUG)).status);
    }
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
  });
});
