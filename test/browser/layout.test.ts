import { describe, expect, it } from 'vitest';
import { DESKTOP, NARROW, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// Layout a reader notices: images that reserve their space before they load, and no sideways
// scrolling on the narrowest phones.

const NOT_FOUND = '/article/no-such-article';
const pagesToCheck = [
  { name: 'front page', path: '/' },
  { name: 'section page', path: '/section/science' },
  { name: 'seed article', path: `/article/${seed.slug}` },
  // Has an image inside its body as well as a hero.
  { name: 'article with a body image', path: '/article/how-undersea-cables-carry-the-internet' },
  // Has a table wider than a phone, which must scroll in its own box, not the page.
  { name: 'article with a wide table', path: '/article/reading-a-weather-forecast' },
  { name: 'not-found page', path: NOT_FOUND },
];

const suite = setUpBrowserSuite();

type ImageBox = { src: string; width: string | null; height: string | null; renderedRatio: number };

describe('images', () => {
  it('declare their width and height, and keep that shape when drawn', async () => {
    const page = await suite.pages.open({ viewport: DESKTOP });
    let seen = 0;
    for (const { path } of pagesToCheck.filter((p) => p.path !== NOT_FOUND)) {
      await page.goto(suite.server.at(path));
      await waitForHydration(page);
      const images = await page.locator('img').evaluateAll((imgs) =>
        imgs.map((img): ImageBox => {
          const box = img.getBoundingClientRect();
          return {
            src: img.getAttribute('src') ?? '',
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            renderedRatio: box.width / box.height,
          };
        }),
      );
      for (const image of images) {
        const where = `${image.src} on ${path}`;
        expect(image.width, `${where} has no width`).toMatch(/^[1-9]\d*$/);
        expect(image.height, `${where} has no height`).toMatch(/^[1-9]\d*$/);
        expect(image.renderedRatio, `${where} is drawn out of shape`).toBeCloseTo(
          Number(image.width) / Number(image.height),
          1,
        );
      }
      seen += images.length;
    }
    expect(seen, 'the pages checked show some images').toBeGreaterThanOrEqual(3);
  });
});

describe('at 320px wide', () => {
  it.each(pagesToCheck)('the $name does not scroll sideways', async ({ path }) => {
    const url = suite.server.at(path);
    const page = await suite.pages.open({ viewport: NARROW, expectedFailedLoads: path === NOT_FOUND ? [url] : [] });
    await page.goto(url);
    await waitForHydration(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(NARROW.width);
    expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(
      clientWidth,
    );
  });
});

describe('a table wider than a 320px screen', () => {
  it('scrolls sideways inside its own box, which the keyboard reaches and scrolls', async () => {
    const page = await suite.pages.open({ viewport: NARROW });
    await page.goto(suite.server.at('/article/reading-a-weather-forecast'));
    await waitForHydration(page);
    const box = page.getByRole('region', { name: 'How far ahead each part of a forecast holds up' });
    const sizes = () =>
      box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, left: el.scrollLeft }));
    const before = await sizes();
    expect(before.scrollWidth, 'the table is wider than its box').toBeGreaterThan(before.clientWidth);
    expect(before.clientWidth).toBeLessThanOrEqual(NARROW.width);

    // Tab from the link just before it in the reading order lands on the box; the arrow keys then scroll it.
    await box.evaluate((el) => {
      const links = [...document.querySelectorAll('main a')].filter(
        (a) => a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      (links.at(-1) as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await sizes()).left).toBeGreaterThan(0);
  });
});
