import { describe, expect, it } from 'vitest';
import { waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

const suite = setUpBrowserSuite();
const other = (seed.related ?? [])[0] as string;

describe('offline reading', () => {
  it('keeps articles already read readable offline, with a notice', async () => {
    const page = await suite.pages.open({
      // Offline, the browser logs the requests that could not be answered: view beacons and the trending rail
      // of the first article (the server put it in the page, so the service worker never fetched it).
      expectedFailedLoads: [
        suite.server.at(`/api/articles/${seed.slug}/views`),
        suite.server.at(`/api/articles/${other}/views`),
        suite.server.at(`/api/trending?article=${seed.slug}`),
      ],
    });
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

    // Read a second article through a client-side navigation.
    await page
      .getByRole('complementary', { name: 'More to read' })
      .locator(`a[href="/article/${other}"]`)
      .first()
      .click();
    await page.waitForURL(suite.server.at(`/article/${other}`));
    await page.waitForLoadState('networkidle');
    const otherHeadline = await page.getByRole('heading', { level: 1 }).textContent();

    // Offline: a reload still shows it, with the notice.
    const context = page.context();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: otherHeadline ?? '' }).waitFor();
    await page.getByText('You’re offline.', { exact: false }).waitFor();
    expect(await page.getByRole('region', { name: 'Help us improve' }).count()).toBe(1);

    // And the first article, through the app, still offline.
    await waitForHydration(page);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: seed.headline }).waitFor();
    await context.setOffline(false);
  });
});
