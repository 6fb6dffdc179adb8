import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, NARROW, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// The share control at the end of an article: plain links without JavaScript; with it, Copy link (announced) or,
// where the browser has it, the Web Share API.

const suite = setUpBrowserSuite();
const articleUrl = () => suite.server.at(`/article/${seed.slug}`);
const shareRegion = (page: Page) => page.getByRole('region', { name: 'Share this article' });

async function openArticle(page: Page) {
  await page.goto(articleUrl());
  await waitForHydration(page);
}

describe('sharing an article', () => {
  it('copies the article’s address and announces it', async () => {
    const page = await suite.pages.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    // Chromium on Linux has no Web Share; make sure, so this is the Copy link path on every host.
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    await openArticle(page);
    const region = shareRegion(page);
    await region.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl());
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
  });

  it('hands the headline and address to the Web Share API where the browser has it', async () => {
    const page = await suite.pages.open();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await openArticle(page);
    const region = shareRegion(page);
    await region.getByRole('button', { name: 'Share…' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: seed.headline, url: articleUrl() }]);
    expect(await region.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
  });

  it('is plain links to email and the networks without JavaScript, with no tracking parameters', async () => {
    const page = await suite.pages.open({ javaScriptEnabled: false, viewport: NARROW });
    await page.goto(articleUrl());
    const region = shareRegion(page);
    expect(await region.getByRole('button').count()).toBe(0);
    const hrefs = await region.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    expect(hrefs[0]).toMatch(/^mailto:/);
    for (const href of hrefs) {
      expect(decodeURIComponent(href)).toContain(articleUrl());
      expect(href).not.toMatch(/utm_|fbclid/);
    }
    // Nothing from another origin is loaded to draw them.
    const foreign = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).origin !== location.origin),
    );
    expect(foreign).toEqual([]);
  });
});
