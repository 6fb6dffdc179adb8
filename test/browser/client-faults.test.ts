import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// The API misbehaving under a reader who is already on the site: every fault ends in a clear
// error state with "Try again" that works once the API recovers. Never a blank page or a stuck skeleton.

const suite = setUpBrowserSuite();
const target = (seed.related ?? [])[0] as string;
const targetApi = () => suite.server.at(`/api/articles/${target}`);

async function openSeedThenFollowRelated(page: Page, fault: (route: Route) => Promise<void> | void) {
  await page.goto(suite.server.at(`/article/${seed.slug}`));
  await waitForHydration(page);
  await page.route(targetApi(), fault);
  await page
    .getByRole('complementary', { name: 'More to read' })
    .locator(`a[href="/article/${target}"]`)
    .first()
    .click();
}

/** `release` lets go of requests the fault still holds, once the error state is on screen. */
async function expectErrorThenRecovery(page: Page, release: () => Promise<unknown> = async () => undefined) {
  await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor({ timeout: 15_000 });
  expect(await page.getByRole('status', { name: /Loading/ }).count()).toBe(0);
  await release();
  await page.unroute(targetApi());
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Something went wrong' }).waitFor();
  expect(page.url()).toBe(suite.server.at(`/article/${target}`));
}

describe('API faults during client-side navigation', () => {
  // Playwright's routing cannot see requests a service worker makes, so these pages run without one.
  const open = () => suite.pages.open({ expectedFailedLoads: [targetApi()], serviceWorkers: 'block' });

  it('a 500 shows the error state, and Try again recovers', async () => {
    const page = await open();
    await openSeedThenFollowRelated(page, (route) =>
      route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"title":"x","status":500}' }),
    );
    await expectErrorThenRecovery(page);
  });

  it('malformed JSON shows the error state', async () => {
    const page = await open();
    await openSeedThenFollowRelated(page, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"article": ' }),
    );
    await expectErrorThenRecovery(page);
  });

  it('JSON that breaks the contract shows the error state', async () => {
    const page = await open();
    await openSeedThenFollowRelated(page, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ article: { headline: 42 }, related: [] }),
      }),
    );
    await expectErrorThenRecovery(page);
  });

  it('an API that never answers times out into the error state', async () => {
    const page = await open();
    // Held until the error state shows: only the client's own timeout can end the request.
    const held: Route[] = [];
    await openSeedThenFollowRelated(page, (route) => void held.push(route));
    await expectErrorThenRecovery(page, () => Promise.all(held.map((route) => route.abort().catch(() => undefined))));
  }, 40_000);

  it('a dropped connection shows the error state', async () => {
    const page = await open();
    await openSeedThenFollowRelated(page, (route) => route.abort('connectionreset'));
    await expectErrorThenRecovery(page);
  });
});
