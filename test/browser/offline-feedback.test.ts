import { describe, expect, it } from 'vitest';
import { MIN_TIME_ON_PAGE_MS } from '../../src/contract/feedback';
import { axeViolations, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { formChunkPaths } from './support/form-chunks';
import { setUpBrowserSuite } from './support/suite';

// A reader whose connection drops while they are still at the top of an article, before the widget's forms
// were ever fetched, and no service worker to answer for them (a first visit before it installs, or a browser
// that has none): the forms must not break, and they open by themselves once the connection is back.

const suite = setUpBrowserSuite();

describe('feedback forms when the connection drops before they were fetched, with no service worker', () => {
  it('wait for the connection instead of breaking, then open by themselves and send', async () => {
    const page = await suite.pages.open({
      serviceWorkers: 'block',
      // Offline, the browser logs the chunk requests it could not make, and the views beacon and trending rail.
      expectedFailedLoads: [
        ...formChunkPaths().map((chunk) => suite.server.at(chunk)),
        suite.server.at(`/api/articles/${seed.slug}/views`),
        suite.server.at('/api/trending'),
      ],
    });
    await page.clock.install();
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    await page.clock.fastForward(MIN_TIME_ON_PAGE_MS + 200);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const context = page.context();
    await context.setOffline(true);
    await page.getByText('You’re offline.', { exact: false }).waitFor();

    const widget = page.getByRole('region', { name: 'Help us improve' });
    await widget.scrollIntoViewIfNeeded();
    await widget.getByRole('button', { name: 'No', exact: true }).click();
    await widget.getByRole('button', { name: 'Report an error in this article' }).click();

    // Both forms say they are waiting for the connection; nothing tells the reader to reload.
    const waiting = widget.getByText('This form opens when you’re back online.');
    await expect.poll(() => waiting.count()).toBe(2);
    expect(await page.getByText('This part of the page couldn’t load', { exact: false }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Back online: the forms arrive without a reload, and a rating goes through.
    await context.setOffline(false);
    await widget.getByRole('radio', { name: 'Spelling or grammar' }).waitFor();
    await widget.getByRole('checkbox', { name: 'Missing context' }).check();
    await widget.getByRole('button', { name: 'Send feedback' }).first().click();
    await widget.getByText('Thank you — your feedback was sent.').waitFor();
    expect(await waiting.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
