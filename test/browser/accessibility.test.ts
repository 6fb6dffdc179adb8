import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  axeViolationsWithoutScripts,
  DESKTOP,
  MOBILE,
  NARROW,
  waitForHydration,
} from './support/browser';
import { publication, readArticle, seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// axe (WCAG 2.2 A/AA) on every kind of page, wide and narrow, light and dark; and the skip link.

const NOT_FOUND = '/article/no-such-article';
/** Sample articles that hold the block shapes beyond the seed's: each shape is checked where a reader meets it. */
const SHAPES = {
  /** A Q&A and a key-facts callout, a wide table with row headers, a bottom line. */
  callouts: readArticle('reading-a-weather-forecast'),
  /** An explainer callout, in the article written in both Markdown and JSON. */
  explainer: readArticle('how-coffee-gets-from-farm-to-cup'),
  /** A rich standfirst: a paragraph with emphasis, then a list. */
  standfirst: readArticle('a-short-history-of-the-crossword'),
  /** An editor's note at the top (with a link) and a correction at the foot. */
  notes: readArticle('what-election-observers-do'),
};
const pagesToCheck = [
  { name: 'front page', path: '/', status: 200, heading: `${publication.name}: top stories` },
  { name: 'section page', path: '/section/science', status: 200, heading: 'Science' },
  { name: 'article page', path: `/article/${seed.slug}`, status: 200, heading: seed.headline },
  ...Object.entries(SHAPES).map(([shape, { slug, headline }]) => ({
    name: `article with ${shape}`,
    path: `/article/${slug}`,
    status: 200,
    heading: headline,
  })),
  { name: 'not-found page', path: NOT_FOUND, status: 404, heading: 'Page not found' },
  { name: 'search page', path: '/search?q=coca', status: 200, heading: 'Results for “coca”' },
  { name: 'refused search', path: `/search?q=${encodeURIComponent('"*" (')}`, status: 400, heading: 'Search' },
];
const viewports = [
  { label: '1280px', viewport: DESKTOP },
  { label: '375px', viewport: MOBILE },
];

const suite = setUpBrowserSuite();

async function expectNoViolations(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect(violations, `axe found violations on the ${where}:\n\n${violations.join('\n\n')}\n`).toEqual([]);
}

describe.each(viewports)('axe at $label', ({ label, viewport }) => {
  it.each(pagesToCheck)('finds no violations on the $name', async ({ name, path, status, heading }) => {
    const url = suite.server.at(path);
    const page = await suite.pages.open({ viewport, expectedFailedLoads: status >= 400 ? [url] : [] });
    const response = await page.goto(url);
    expect(response?.status()).toBe(status);
    await waitForHydration(page);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([heading]);
    await expectNoViolations(page, `${name} at ${label}`);
  });
});

describe.each([seed, SHAPES.callouts])('$slug in dark mode', ({ slug }) => {
  it.each(viewports)('has no violations at $label', async ({ label, viewport }) => {
    const page = await suite.pages.open({ viewport, colorScheme: 'dark' });
    await page.goto(suite.server.at(`/article/${slug}`));
    await waitForHydration(page);
    // The dark palette is really in use, so axe's contrast check is checking it.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await expectNoViolations(page, `${slug} (dark) at ${label}`);
  });
});

// The pages issue 15 brought (search, tag, author, and the site's own pages from the footer), each light and dark
// at the narrowest and a wide screen.
const newPages = [
  { name: 'search page', path: '/search?q=coca', heading: 'Results for “coca”' },
  { name: 'tag page', path: '/tag/latin-america', heading: 'Latin America' },
  { name: 'author page', path: '/author/priya-natarajan', heading: 'Priya Natarajan' },
  { name: 'about page', path: '/about', heading: 'About CRBC News' },
  { name: 'corrections policy', path: '/corrections', heading: 'Corrections policy' },
  { name: 'contact page', path: '/contact', heading: 'Contact us' },
  { name: 'privacy notice', path: '/privacy', heading: 'Privacy notice' },
];
describe.each([
  { label: '320px', viewport: NARROW },
  { label: '1280px', viewport: DESKTOP },
])('new pages at $label', ({ label, viewport }) => {
  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    it.each(newPages)('finds no violations on the $name', async ({ name, path, heading }) => {
      const page = await suite.pages.open({ viewport, colorScheme });
      expect((await page.goto(suite.server.at(path)))?.status()).toBe(200);
      await waitForHydration(page);
      expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([heading]);
      if (path.startsWith('/search')) expect(await page.locator('main mark').count()).toBeGreaterThan(0);
      await expectNoViolations(page, `${name} (${colorScheme}) at ${label}`);
    });
  });
});

it('links the site’s own pages from every page’s footer', async () => {
  const page = await suite.pages.open({ viewport: NARROW });
  await page.goto(suite.server.at(`/article/${seed.slug}`));
  await waitForHydration(page);
  const footer = page.getByRole('contentinfo').getByRole('navigation', { name: 'About us' });
  expect(await footer.getByRole('link').allTextContents()).toEqual(newPages.slice(3).map((p) => p.heading));
  await footer.getByRole('link', { name: 'Corrections policy' }).click();
  await page.waitForURL(suite.server.at('/corrections'));
  await page.getByRole('heading', { level: 1, name: 'Corrections policy' }).waitFor();
  expect(await page.title()).toBe(`Corrections policy | ${publication.name}`);
});

describe('keyboard', () => {
  /** Whether any part of the element is inside the viewport (the skip link waits above it). */
  const isOnScreen = (locator: Locator) =>
    locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
    });
  const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await suite.pages.open({ viewport: DESKTOP });
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    const main = page.getByRole('main');
    expect(await skipLink.getAttribute('href')).toBe('#main');
    expect(await isOnScreen(skipLink), 'skip link is hidden until focused').toBe(false);

    await page.keyboard.press('Tab');
    expect(await isFocused(skipLink), 'first Tab focuses the skip link').toBe(true);
    expect(await isOnScreen(skipLink), 'focused skip link is on screen').toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(main), { message: 'Enter moves focus to main' }).toBe(true);
    expect(await main.getByRole('heading', { level: 1 }).textContent()).toBe(seed.headline);
    // The next Tab continues from the content, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });
});

describe('callouts, tables, notes and a rich standfirst without JavaScript', () => {
  it('callouts and a table are in the page as the server sends it, and axe finds nothing', async () => {
    const page = await suite.pages.open({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    await page.goto(suite.server.at(`/article/${SHAPES.callouts.slug}`));
    const article = page.getByRole('article');
    for (const name of ['Does a 100% chance of rain mean it will rain all day?', 'Key facts', 'Bottom line'])
      expect(await article.getByRole('complementary', { name }).count(), name).toBe(1);
    const caption = 'How far ahead each part of a forecast holds up';
    expect(await article.getByRole('region', { name: caption }).getByRole('table', { name: caption }).count()).toBe(1);
    const violations = await axeViolationsWithoutScripts(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
  });

  it('shows a rich standfirst with its list under the headline, and axe finds nothing', async () => {
    const page = await suite.pages.open({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    await page.goto(suite.server.at(`/article/${SHAPES.standfirst.slug}`));
    // The article's own header: the headline, photo, standfirst and byline.
    const header = page.locator('article > header');
    const items = await header.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      'the American grid, dense with interlocking words;',
      'the British cryptic, where every clue is a small riddle.',
    ]);
    expect(await header.getByRole('emphasis').allTextContents()).toEqual(['two']);
    const violations = await axeViolationsWithoutScripts(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
  });

  it('shows the editor’s note above the story and the correction below it, dated, and axe finds nothing', async () => {
    const page = await suite.pages.open({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    await page.goto(suite.server.at(`/article/${SHAPES.notes.slug}`));
    const article = page.getByRole('article');
    const h2s = await article.getByRole('heading', { level: 2 }).allTextContents();
    expect(h2s[0]).toBe('Editor’s note');
    expect(h2s.indexOf('Correction')).toBe(h2s.indexOf('Bottom line') + 1);
    const [top, foot] = SHAPES.notes.notes ?? [];
    const noteDate = (heading: string) =>
      article
        .locator('section')
        .filter({ has: page.getByRole('heading', { level: 2, name: heading }) })
        .locator('time')
        .evaluate((time) => [time.getAttribute('datetime'), time.textContent]);
    expect(await noteDate('Editor’s note')).toEqual([top?.date, 'December 13, 2025']);
    expect(await noteDate('Correction')).toEqual([foot?.date, 'December 14, 2025']);
    expect(await article.getByRole('link', { name: 'How a State Visit Comes Together' }).count()).toBeGreaterThan(0);
    const violations = await axeViolationsWithoutScripts(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
  });
});
