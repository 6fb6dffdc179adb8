import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHydration } from './support/browser';
import { escapeHtml, inlineText, publication, readArticle, seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';
import { standfirstText } from '../../src/contract/article-text';

// The reader's path through the built app: front page → article → related article → back,
// deep links, and the article with JavaScript off.

const headings = seed.body.flatMap((b) => (b.type === 'heading' ? [inlineText(b.content)] : []));
const paragraphs = seed.body.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.content)] : []));
const pullQuote = seed.body.find((b) => b.type === 'pullQuote');
// The seed's version 1 `bottomLine` block, read as the callout it now is.
const bottomLine = seed.body.find((b) => b.type === 'callout' && b.kind === 'bottomLine');
const related = (seed.related ?? []).map(readArticle);

const suite = setUpBrowserSuite();

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Everything the seed article shows, in the seed's exact words; shared by the JS and no-JS checks. */
async function expectSeedArticleText(page: Page) {
  const article = page.getByRole('article');
  expect(await h1(page).allTextContents()).toEqual([seed.headline]);
  // After a client-side navigation the share control comes with its own small chunk.
  await article.getByRole('heading', { level: 2, name: 'Share this article' }).waitFor();
  expect(await article.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
    ...headings,
    'Bottom line',
    'Share this article',
    'Help us improve',
  ]);
  for (const text of paragraphs) expect(await article.getByText(text, { exact: true }).count(), text).toBe(1);

  const quote = article.getByRole('figure').filter({ has: page.getByRole('blockquote') });
  expect(await quote.getByRole('blockquote').textContent()).toBe(pullQuote?.text);
  expect(await quote.locator('figcaption').textContent()).toBe(pullQuote?.attribution);

  const box = article.getByRole('complementary', { name: 'Bottom line' });
  const [bottomLineParagraph] = bottomLine?.type === 'callout' ? bottomLine.body : [];
  const bottomLineText = bottomLineParagraph?.type === 'paragraph' ? inlineText(bottomLineParagraph.content) : '?';
  expect(await box.getByText(bottomLineText, { exact: true }).count()).toBe(1);
}

describe('reading an article', () => {
  it('goes from the front page to the seed article and shows all of it', async () => {
    const page = await suite.pages.open();
    await page.goto(suite.server.url);
    await waitForHydration(page);
    // The lead story comes before the trending rail, which may list the same headline.
    await page.getByRole('link', { name: seed.headline, exact: true }).first().click();
    await page.waitForURL(suite.server.at(`/article/${seed.slug}`));
    await h1(page).filter({ hasText: seed.headline }).waitFor();

    const banner = page.getByRole('banner');
    expect(await banner.getByRole('link', { name: publication.name, exact: true }).textContent()).toBe('CRBC News');
    const article = page.getByRole('article');
    const sectionLink = article.getByRole('link', { name: 'Politics', exact: true });
    expect(await sectionLink.getAttribute('href')).toBe('/section/politics');
    expect(await article.getByText(standfirstText(seed.summary ?? ''), { exact: true }).count()).toBe(1);
    expect(await article.getByText('By CRBC News staff', { exact: true }).count()).toBe(1);

    const times = article.locator('header time');
    expect(await times.evaluateAll((els) => els.map((el) => [el.getAttribute('datetime'), el.textContent]))).toEqual([
      [seed.publishedAt, 'February 3, 2026, 9:30 PM EST'],
      [seed.updatedAt, 'February 4, 2026, 4:15 AM EST'],
    ]);

    const hero = article.getByRole('figure').filter({ has: page.getByRole('img', { name: seed.hero?.alt }) });
    const caption = hero.locator('figcaption');
    // The credit is labelled and set on a line of its own, not run on into the caption.
    expect(await caption.textContent()).toBe(`${seed.hero?.caption} Credit: ${seed.hero?.credit}`);
    const credit = caption.getByText('Credit: Jose Luis Magana/AP', { exact: true });
    expect(await credit.evaluate((el) => getComputedStyle(el).display)).toBe('block');

    await expectSeedArticleText(page);

    expect(await page.getByRole('region', { name: 'Help us improve' }).count()).toBe(1);
    const relatedLinks = page.getByRole('region', { name: 'Related Articles' }).getByRole('link');
    expect(await relatedLinks.allTextContents()).toEqual(related.map((a) => a.headline));
    expect(await page.getByRole('region', { name: 'Trending' }).getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.title()).toBe(`${seed.headline} | CRBC News`);
  });

  it('follows a related article without reloading the page, and comes back', async () => {
    const page = await suite.pages.open();
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const sameDocument = () => page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true);

    const next = related[0];
    if (!next) throw new Error('the seed article lists no related articles');
    await page.getByRole('region', { name: 'Related Articles' }).getByRole('link', { name: next.headline }).click();
    await page.waitForURL(suite.server.at(`/article/${next.slug}`));
    await h1(page).filter({ hasText: next.headline }).waitFor();
    expect(await h1(page).allTextContents()).toEqual([next.headline]);
    expect(await page.title()).toBe(`${next.headline} | CRBC News`);
    expect(await sameDocument(), 'navigation reloaded the page').toBe(true);
    // Focus moves to the new content for keyboard and screen-reader users.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goBack();
    await page.waitForURL(suite.server.at(`/article/${seed.slug}`));
    await h1(page).filter({ hasText: seed.headline }).waitFor();
    expect(await h1(page).allTextContents()).toEqual([seed.headline]);
    expect(await sameDocument(), 'going back reloaded the page').toBe(true);
    await expectSeedArticleText(page);
  });

  it('renders deep links directly from the server, and again on reload', async () => {
    const cases = [
      { path: `/article/${seed.slug}`, heading: seed.headline },
      { path: '/section/science', heading: 'Science' },
    ];
    const page = await suite.pages.open();
    for (const { path, heading } of cases) {
      const response = await page.request.get(suite.server.at(path));
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain(`<h1>${escapeHtml(heading)}</h1>`);

      await page.goto(suite.server.at(path));
      await waitForHydration(page);
      expect(await h1(page).allTextContents(), path).toEqual([heading]);
      await page.reload();
      await waitForHydration(page);
      expect(await h1(page).allTextContents(), `${path} after reload`).toEqual([heading]);
    }
  });

  it('is fully readable with JavaScript disabled', async () => {
    const page = await suite.pages.open({ javaScriptEnabled: false });
    const response = await page.goto(suite.server.at(`/article/${seed.slug}`));
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => window.history.scrollRestoration)).not.toBe('manual');
    await expectSeedArticleText(page);
    expect(await page.getByRole('region', { name: 'Related Articles' }).getByRole('link').count()).toBe(related.length);
  });
});
