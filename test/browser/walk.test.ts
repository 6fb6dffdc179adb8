import { DOMParser } from '@xmldom/xmldom';
import { expect, it } from 'vitest';
import { waitForHydration } from './support/browser';
import { readArticle, seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// A new reader's walk through the site, by the links a reader sees: front page → search "coca" → the reference
// article → copy its link → one of its tags → another story there → its author → that author's feed, which a feed
// reader finds in the page's <head> and must be able to parse.

const suite = setUpBrowserSuite();
const coffee = readArticle('how-coffee-gets-from-farm-to-cup');
const author = coffee.byline[0]?.name ?? '';

it('walks from the front page to an author’s feed', async () => {
  const page = await suite.pages.open({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Chromium on Linux has no Web Share; make sure, so the walk copies the link on every host.
  await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto(suite.server.url);
  await waitForHydration(page);

  // Search from the masthead.
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Search stories' }).fill('coca');
  await search.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(suite.server.at('/search?q=coca'));
  await h1.filter({ hasText: 'Results for “coca”' }).waitFor();

  // The reference article is among the results.
  await page.getByRole('main').getByRole('link', { name: seed.headline, exact: true }).click();
  await page.waitForURL(suite.server.at(`/article/${seed.slug}`));
  await h1.filter({ hasText: seed.headline }).waitFor();

  // Copy its link: the clipboard holds the article's address, and the page says so.
  const share = page.getByRole('region', { name: 'Share this article' });
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => share.getByRole('status').textContent()).toBe('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(suite.server.at(`/article/${seed.slug}`));

  // One of its tags, and another story there.
  await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: 'Colombia', exact: true }).click();
  await page.waitForURL(suite.server.at('/tag/colombia'));
  await h1.filter({ hasText: 'Colombia' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: coffee.headline, exact: true }).click();
  await h1.filter({ hasText: coffee.headline }).waitFor();

  // Its author.
  await page.getByRole('article').getByRole('link', { name: author, exact: true }).click();
  await page.waitForURL(suite.server.at('/author/priya-natarajan'));
  await h1.filter({ hasText: author }).waitFor();
  expect(await page.getByRole('main').getByRole('link', { name: coffee.headline, exact: true }).count()).toBe(1);

  // The author's feed, as a feed reader finds it in <head>, parsed by an XML parser that reports every error.
  const feedUrl = await page
    .locator(`head link[rel="alternate"][type="application/rss+xml"][title="${author} (RSS)"]`)
    .getAttribute('href');
  expect(feedUrl).toBe(suite.server.at('/author/priya-natarajan/rss.xml'));
  const response = await page.request.get(feedUrl ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
    await response.text(),
    'text/xml',
  );
  expect(errors).toEqual([]);
  const channel = doc.getElementsByTagName('channel')[0];
  expect(channel?.getElementsByTagName('title')[0]?.textContent).toContain(author);
  const items = Array.from(doc.getElementsByTagName('item'));
  expect(items.map((item) => item.getElementsByTagName('title')[0]?.textContent)).toContain(coffee.headline);
  for (const item of items)
    expect(item.getElementsByTagName('link')[0]?.textContent).toMatch(/^http:\/\/.+\/article\//);
});
