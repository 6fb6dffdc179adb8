import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  layoutShiftSoFar,
  MOBILE,
  NARROW,
  NARROW_AND_DESKTOP_IN_BOTH_SCHEMES,
  PHONE,
  waitForHydration,
} from './support/browser';
import { publication, readArticle, seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';
import { standfirstText } from '../../src/contract/article-text';

// The article as a reader sees it laid out: what comes first on a phone, the sections row, the pull quote,
// captions that match, and a page that never jumps while it loads and hydrates.

const BODY_IMAGE_ARTICLE = '/article/how-undersea-cables-carry-the-internet';

const suite = setUpBrowserSuite();

type Box = { top: number; bottom: number; left: number; right: number; height: number };
const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const { top, bottom, left, right, height } = el.getBoundingClientRect();
    return { top, bottom, left, right, height };
  });

async function openArticle(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await suite.pages.open({ viewport });
  await page.goto(suite.server.at(path));
  await waitForHydration(page);
  return page;
}

function articleTop(page: Page) {
  const article = page.getByRole('article');
  const hero = article.getByRole('figure').filter({ has: page.getByRole('img', { name: seed.hero?.alt }) });
  return {
    headline: article.getByRole('heading', { level: 1, name: seed.headline }),
    photo: hero.getByRole('img'),
    caption: hero.locator('figcaption'),
    standfirst: article.getByText(standfirstText(seed.summary ?? ''), { exact: true }),
  };
}

describe('the article top', () => {
  it.each([
    { label: '390px phone', viewport: PHONE },
    { label: '320px phone', viewport: NARROW },
  ])(
    'on a $label reads headline, photo, caption, standfirst, with the photo on the first screen',
    async ({ viewport }) => {
      const page = await openArticle(`/article/${seed.slug}`, viewport);
      const top = articleTop(page);
      const [headline, photo, caption, standfirst] = await Promise.all([
        boxOf(top.headline),
        boxOf(top.photo),
        boxOf(top.caption),
        boxOf(top.standfirst),
      ]);
      expect(photo.top, 'photo under the headline').toBeGreaterThanOrEqual(headline.bottom);
      expect(caption.top, 'caption under the photo').toBeGreaterThanOrEqual(photo.bottom - 1);
      expect(standfirst.top, 'standfirst under the caption').toBeGreaterThanOrEqual(caption.bottom);
      expect(photo.top, 'photo starts on the first screen').toBeLessThan(viewport.height);
      // Edge to edge on a phone, without making the page scroll sideways.
      expect(photo.left).toBe(0);
      expect(photo.right).toBe(viewport.width);
    },
  );

  it('on a 1280×800 desktop starts the photo in the top half of the first screen', async () => {
    const page = await openArticle(`/article/${seed.slug}`, DESKTOP);
    const photo = await boxOf(articleTop(page).photo);
    // It started at y = 763, under a 90-word standfirst.
    expect(photo.top, `photo runs from ${photo.top} to ${photo.bottom}`).toBeLessThanOrEqual(DESKTOP.height / 2);
  });
});

describe('the section nav on a phone', () => {
  it('is one row that scrolls sideways, and a keyboard reaches the last section on screen', async () => {
    const page = await openArticle(`/article/${seed.slug}`, MOBILE);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const links = nav.getByRole('link');
    expect(await links.allTextContents()).toEqual(publication.sections.map((s) => s.name));
    const tops = await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size, `link tops ${tops.join(', ')}`).toBe(1);
    expect((await boxOf(nav)).height, 'one row high').toBeLessThanOrEqual(48);

    const list = nav.getByRole('list');
    const overflow = await list.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'the row is wider than the phone, so it scrolls').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(MOBILE.width);

    const last = links.last();
    expect((await boxOf(last)).right, 'the last section starts off screen').toBeGreaterThan(MOBILE.width);
    await last.focus();
    await expect.poll(async () => (await boxOf(last)).right).toBeLessThanOrEqual(MOBILE.width);
  });
});

describe('type', () => {
  it('sets the pull quote large, under one big quotation mark', async () => {
    const page = await openArticle(`/article/${seed.slug}`, MOBILE);
    const article = page.getByRole('article');
    const quote = article.getByRole('blockquote');
    const paragraph = article.locator('.article-body > p').first();
    const size = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const [quoteSize, textSize] = [await size(quote), await size(paragraph)];
    expect(quoteSize / textSize, `quote ${quoteSize}px, text ${textSize}px`).toBeGreaterThanOrEqual(1.25);

    const mark = await quote.evaluate((el) => {
      const style = getComputedStyle(el, '::before');
      return { content: style.content, size: parseFloat(style.fontSize) };
    });
    expect(mark.content).toMatch(/^"“"/);
    expect(mark.size / textSize).toBeGreaterThanOrEqual(3);
  });

  it('gives a caption in the body the same type as the hero caption', async () => {
    const page = await openArticle(BODY_IMAGE_ARTICLE, MOBILE);
    const captions = page.getByRole('article').locator('figure:has(img) figcaption');
    const styles = await captions.evaluateAll((els) =>
      els.map((el) => {
        const { fontFamily, fontSize, fontWeight, lineHeight, color } = getComputedStyle(el);
        return { fontFamily, fontSize, fontWeight, lineHeight, color };
      }),
    );
    expect(styles).toHaveLength(2);
    expect(styles[1], 'body caption').toEqual(styles[0]);
  });
});

describe('the rail', () => {
  const sectionOf = (slug: string) => publication.sections.find((s) => s.id === readArticle(slug).section)?.name;

  it('shows Related and Trending with section labels and thumbnails, Trending numbered', async () => {
    const page = await openArticle(`/article/${seed.slug}`, DESKTOP);
    const rail = page.getByRole('complementary', { name: 'More to read' });
    for (const name of ['Related Articles', 'Trending']) {
      const items = await rail
        .getByRole('region', { name })
        .getByRole('listitem')
        .evaluateAll((lis) =>
          lis.map((li) => {
            const img = li.querySelector('img');
            const box = img?.getBoundingClientRect();
            return {
              slug: li.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? '',
              label: li.querySelector('.kicker')?.textContent,
              size: img && [img.getAttribute('width'), img.getAttribute('height')].map(Number),
              drawn: box && box.width / box.height,
            };
          }),
        );
      expect(items.length, `${name} lists stories`).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.label, `${item.slug} in ${name}: section label`).toBe(sectionOf(item.slug));
        if (!readArticle(item.slug).hero) continue;
        const [width = 0, height = 0] = item.size ?? [];
        expect(width * height, `${item.slug} in ${name}: thumbnail with width and height`).toBeGreaterThan(0);
        expect(item.drawn, `${item.slug} in ${name}: drawn in shape`).toBeCloseTo(width / height, 1);
      }
    }
    const trending = rail.getByRole('region', { name: 'Trending' }).getByRole('list');
    expect(await trending.evaluate((el) => el.tagName)).toBe('OL');
  });

  it.each(NARROW_AND_DESKTOP_IN_BOTH_SCHEMES)(
    'passes axe at $label in $colorScheme mode',
    async ({ viewport, colorScheme }) => {
      const page = await suite.pages.open({ viewport, colorScheme });
      await page.goto(suite.server.at(`/article/${seed.slug}`));
      await waitForHydration(page);
      await page.getByRole('region', { name: 'Trending' }).getByRole('listitem').first().waitFor();
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n\n')).toEqual([]);
    },
  );
});

describe('layout shift', () => {
  it.each([
    { label: 'phone', viewport: PHONE },
    { label: 'desktop', viewport: DESKTOP },
  ])('is none while the article loads and hydrates on a $label', async ({ viewport }) => {
    const page = await openArticle(BODY_IMAGE_ARTICLE, viewport);
    const shift = await layoutShiftSoFar(page);
    expect(shift).toBe(0);
  });
});
