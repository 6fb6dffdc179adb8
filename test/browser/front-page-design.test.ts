import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  axeViolationsWithoutScripts,
  DESKTOP,
  layoutShiftSoFar,
  NARROW,
  NARROW_AND_DESKTOP_IN_BOTH_SCHEMES,
  PHONE,
  waitForHydration,
} from './support/browser';
import { publication, readArticle } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// The front page as a newspaper sets it (lead, top stories in a grid, a block per section, Most read), list
// summaries of a line or two, and section pages at a measure a reader can follow.

/** Characters a line holds, at most: the usual upper bound for comfortable reading. */
const MAX_MEASURE = 75;

const suite = setUpBrowserSuite();

async function open(path: string, viewport: { width: number; height: number }, colorScheme?: 'light' | 'dark') {
  const page = await suite.pages.open({ viewport, colorScheme });
  await page.goto(suite.server.at(path));
  await waitForHydration(page);
  return page;
}

const boxOf = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

/**
 * How many characters a line holds in each element of running text in `main` (text longer than a line should
 * be: summaries, standfirsts): the width of its box over the average width of a character of its text, in its font.
 */
function measures(page: Page) {
  return page.locator('main').evaluate((main, longest) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    return [...main.querySelectorAll('p, h1, h2, h3')].flatMap((el) => {
      const text = el.textContent?.trim() ?? '';
      const style = getComputedStyle(el);
      if (text.length <= longest || style.display === 'none') return [];
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const charWidth = context.measureText(text).width / text.length;
      const width = el.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return [{ text: text.slice(0, 40), chars: Math.round(width / charWidth) }];
    });
  }, MAX_MEASURE);
}

describe('the front page', () => {
  it('at 1280px: a lead with a large photo, four top stories in a grid with thumbnails, then the sections', async () => {
    const page = await open('/', DESKTOP);
    const main = page.getByRole('main');
    const lead = main.getByRole('article');
    const photo = await boxOf(lead.locator('img'));
    expect(photo.width, 'lead photo width').toBeGreaterThanOrEqual(450);
    expect(photo.top, 'lead photo on the first screen').toBeLessThan(DESKTOP.height / 2);

    const top = main.getByRole('region', { name: 'More top stories' }).getByRole('listitem');
    expect(await top.count()).toBe(4);
    const cards = await top.evaluateAll((lis) =>
      lis.map((li) => ({
        slug: li.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? '',
        left: Math.round(li.getBoundingClientRect().left),
        top: Math.round(li.getBoundingClientRect().top),
        thumbnail: li.querySelector('img')?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(new Set(cards.map((c) => c.left)).size, 'two columns').toBe(2);
    expect(new Set(cards.map((c) => c.top)).size, 'two rows').toBe(2);
    for (const card of cards.filter((c) => readArticle(c.slug).hero))
      expect(card.thumbnail, `${card.slug} with its photo across the card`).toBeGreaterThan(300);

    const blocks = main.locator('.section-block');
    expect(await blocks.count()).toBeGreaterThan(0);
    for (const block of await blocks.all()) {
      const heading = block.getByRole('heading', { level: 2 });
      const name = (await heading.textContent())?.replace(/\s*›$/, '') ?? '';
      expect(publication.sections.map((s) => s.name)).toContain(name);
      const stories = await block.getByRole('listitem').count();
      expect(stories).toBeGreaterThan(0);
      expect(stories).toBeLessThanOrEqual(4);
    }

    const mostRead = page.getByRole('complementary').getByRole('region', { name: 'Most read' }).getByRole('list');
    expect(await mostRead.evaluate((el) => el.tagName)).toBe('OL');
    expect(await mostRead.getByRole('listitem').count()).toBe(5);
  });

  it.each([
    { label: '390px', viewport: PHONE },
    { label: '1280px', viewport: DESKTOP },
  ])('at $label shows list summaries in two lines at most', async ({ viewport }) => {
    const page = await open('/', viewport);
    const lines = await page.locator('main .teaser-summary').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return Math.round(el.getBoundingClientRect().height / parseFloat(style.lineHeight));
      }),
    );
    expect(lines.length).toBeGreaterThan(4);
    for (const n of lines) expect(n).toBeLessThanOrEqual(2);
  });

  it('sends list summaries already cut at a word, so the page without scripts or styles reads well', async () => {
    const page = await suite.pages.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(suite.server.at('/'));
    const summaries = await page.locator('main .teaser-summary').allTextContents();
    expect(summaries.length).toBeGreaterThan(4);
    for (const text of summaries) {
      expect(text.length, text).toBeLessThanOrEqual(130);
      expect(text, 'ends with a whole word or an ellipsis after one').toMatch(/(\S…|[^…])$/);
    }
    expect(await page.getByRole('region', { name: 'Most read' }).getByRole('listitem').count()).toBe(5);
    const violations = await axeViolationsWithoutScripts(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
  });

  it.each(NARROW_AND_DESKTOP_IN_BOTH_SCHEMES)(
    'passes axe at $label in $colorScheme mode, and does not scroll sideways',
    async ({ viewport, colorScheme }) => {
      const page = await open('/', viewport, colorScheme);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n\n')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    },
  );

  it.each([
    { label: 'phone', viewport: PHONE },
    { label: 'desktop', viewport: DESKTOP },
  ])('does not shift while it loads and hydrates on a $label', async ({ viewport }) => {
    const page = await open('/', viewport);
    // Scrolled through, so every lazy thumbnail has loaded into its box.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    const shift = await layoutShiftSoFar(page);
    expect(shift).toBe(0);
  });
});

describe('a section page', () => {
  it(`at 1280px sets its text at ${MAX_MEASURE} characters a line or fewer`, async () => {
    const page = await open('/section/politics', DESKTOP);
    const found = await measures(page);
    expect(found.length, 'summaries measured').toBeGreaterThanOrEqual(3);
    const wide = found.filter((m) => m.chars > MAX_MEASURE);
    expect(wide, JSON.stringify(found)).toEqual([]);
  });

  it('lists its stories with thumbnails and two-line summaries', async () => {
    const page = await open('/section/politics', DESKTOP);
    const stories = await page.locator('main .story').evaluateAll((lis) =>
      lis.map((li) => {
        const summary = li.querySelector('.story-summary');
        const lines = summary
          ? Math.round(summary.getBoundingClientRect().height / parseFloat(getComputedStyle(summary).lineHeight))
          : 0;
        const img = li.querySelector('img');
        return { lines, thumbnail: img ? [img.getAttribute('width'), img.getAttribute('height')] : null };
      }),
    );
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      expect(story.lines).toBeLessThanOrEqual(2);
      expect(story.thumbnail).toEqual(['240', '160']);
    }
  });

  it.each(['light', 'dark'] as const)('passes axe at 320px in %s mode', async (colorScheme) => {
    const page = await open('/section/politics', NARROW, colorScheme);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
  });
});
