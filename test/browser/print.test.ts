import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, waitForHydration } from './support/browser';
import { readArticle, seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// The print stylesheet: the article and its photos on paper; no navigation, no widgets; links print their address.

const suite = setUpBrowserSuite();
// The sample article with a link in its text.
const linked = readArticle('making-websites-work-on-slow-networks');

/** What a reader can reach on the page, by role (hidden elements are not counted). */
const reachable = async (page: Page) => ({
  navigation: await page.getByRole('navigation').count(),
  search: await page.getByRole('search').count(),
  buttons: await page.getByRole('button').count(),
  rail: await page.getByRole('complementary', { name: 'More to read' }).count(),
  share: await page.getByRole('region', { name: 'Share this article' }).count(),
  feedback: await page.getByRole('region', { name: 'Help us improve' }).count(),
});

async function openArticle(slug: string, options: Parameters<typeof suite.pages.open>[0] = {}) {
  const page = await suite.pages.open(options);
  await page.goto(suite.server.at(`/article/${slug}`));
  await waitForHydration(page);
  return page;
}

describe('printing an article', () => {
  it.each([
    { label: '1280px', viewport: DESKTOP },
    { label: '375px', viewport: MOBILE },
  ])('leaves out navigation and widgets and keeps the text and photos at $label', async ({ viewport }) => {
    const page = await openArticle(seed.slug, { viewport });
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    const onScreen = await reachable(page);
    // On screen all of them are there, so the print check below is checking something.
    expect(
      Object.values(onScreen).every((n) => n > 0),
      JSON.stringify(onScreen),
    ).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await reachable(page)).toEqual({ navigation: 0, search: 0, buttons: 0, rail: 0, share: 0, feedback: 0 });
    expect(await page.getByRole('heading', { level: 1, name: seed.headline }).isVisible()).toBe(true);

    const photos = await page
      .getByRole('article')
      .locator('img')
      .evaluateAll((imgs) =>
        imgs.map((img) => {
          const box = img.getBoundingClientRect();
          const text = img.closest('article')?.getBoundingClientRect();
          return { loaded: (img as HTMLImageElement).naturalWidth > 0, width: box.width, textWidth: text?.width ?? 0 };
        }),
      );
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) {
      expect(photo.loaded).toBe(true);
      // Whole, inside the text's width (not bled past the margins as on a phone's screen).
      expect(photo.width).toBeGreaterThan(0);
      expect(photo.width).toBeLessThanOrEqual(photo.textWidth + 0.5);
    }
  });

  it('prints a link’s address after it', async () => {
    const page = await openArticle(linked.slug);
    const link = page.getByRole('article').locator('a[href="https://example.org/web-performance-guide"]');
    const after = () => link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after()).toBe('none');
    await page.emulateMedia({ media: 'print' });
    expect(await after()).toBe('" (https://example.org/web-performance-guide)"');
  });

  it('prints dark text on white for a reader whose screen is dark', async () => {
    const page = await openArticle(seed.slug, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.article-body p') as Element).color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
  });
});
