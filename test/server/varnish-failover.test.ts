import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRating, startApiServer } from '../support/child-server';
import { publication, SEED_SLUG } from '../support/fixtures';
import type { SpawnedServer } from '../support/spawn-server';
import { startVarnish, type Varnish } from '../support/varnish';

// Two server processes behind the shipped VCL, a fresh pair for each case: one of them goes away.
type Fleet = { instances: SpawnedServer[]; varnish: Varnish };
function fleetBehindVarnish(): Fleet {
  const fleet = {} as Fleet;
  beforeAll(async () => {
    fleet.instances = await Promise.all([1, 2].map(() => startApiServer()));
    const ports = fleet.instances.map((i) => Number(new URL(i.url).port));
    fleet.varnish = await startVarnish(ports as [number, number]);
  }, 120_000);
  afterAll(async () => {
    await fleet.varnish?.stop();
    await Promise.all(fleet.instances.map((i) => i.dispose()));
  });
  return fleet;
}

/** Answers no cache holds yet, a section's list at every length: every one of them reaches an instance. */
const sectionLists = publication.sections.flatMap((section) =>
  Array.from({ length: 50 }, (_, i) => `/api/articles?section=${section.id}&limit=${i + 1}`),
);

describe('an instance stopped behind the cache (a rollout: SIGTERM, drain, exit)', () => {
  const fleet = fleetBehindVarnish();
  it('costs no reader an error, for reads or feedback in flight', async () => {
    let sending = true;
    const statuses: number[] = [];
    const stream = async (offset: number) => {
      for (let n = offset; sending; n += 2) {
        const read = fetch(`${fleet.varnish.url}${sectionLists[n % sectionLists.length]}`);
        const post = postRating(fleet.varnish.url, SEED_SLUG);
        statuses.push((await read).status, (await post).status);
      }
    };
    const streams = [0, 1].map(stream);
    await expect.poll(() => statuses.length, { timeout: 10_000 }).toBeGreaterThan(40);
    await fleet.instances[0]?.stop();
    const atStop = statuses.length;
    await expect.poll(() => statuses.length, { timeout: 10_000 }).toBeGreaterThan(atStop + 40);
    sending = false;
    await Promise.all(streams);
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
  });
});

describe('an instance killed behind the cache', () => {
  const fleet = fleetBehindVarnish();
  const freshRead = (n: number) => fetch(`${fleet.varnish.url}/api/articles?limit=${n}`);
  it('is routed around: every read and every feedback post is still answered', async () => {
    for (let n = 1; n <= 4; n++) expect((await freshRead(n)).status).toBe(200);
    await fleet.instances[1]?.kill();
    const statuses: number[] = [];
    for (let n = 5; n <= 24; n++) {
      statuses.push((await freshRead(n)).status);
      statuses.push((await postRating(fleet.varnish.url, SEED_SLUG)).status);
    }
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
  });
});
