import { afterAll, describe, expect, it } from 'vitest';
import { contentFolder } from '../support/content-folder';
import { axeViolations, waitForHydration } from './support/browser';
import { setUpBrowserSuite } from './support/suite';

// An editor writes files into the content folder of the running built server; a reader, navigating as readers
// do, sees each change on the front page and the article, with no restart.
const folder = contentFolder('broadsheet-live-');
const suite = setUpBrowserSuite({}, folder.dir);
afterAll(() => folder.dispose());

/**
 * Changes show within 2 s on the server. Each look is a reader arriving (a fresh browser): one who loaded the
 * same page in the last 30 s gets it from their own browser's cache (max-age=30, src/server/cache/cache-policy.ts).
 */
const SOON = { timeout: 5_000, interval: 250 };
const reader = (slug?: string) =>
  suite.pages.open({ expectedFailedLoads: slug ? [suite.server.at(`/article/${slug}`)] : [] });
const frontHeadlines = async () => {
  const page = await reader();
  await page.goto(suite.server.url);
  await waitForHydration(page);
  return page.getByRole('main').getByRole('link').allTextContents();
};
const articleHeading = async (slug: string) => {
  const page = await reader(slug);
  await page.goto(suite.server.at(`/article/${slug}`));
  return page.getByRole('heading', { level: 1 }).textContent();
};
const recently = () => new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');

describe('an editor publishing into a running server', () => {
  it('adds, edits and removes an article: the reader sees each change after navigating', async () => {
    const url = suite.server.at('/article/live-story');
    const publishedAt = recently();

    folder.write(
      'live-story.json',
      folder.article({ slug: 'live-story', headline: 'An editor adds a story', publishedAt }),
    );
    await expect.poll(() => frontHeadlines(), SOON).toContain('An editor adds a story');
    const page = await reader('live-story');
    await page.goto(suite.server.url);
    await page.getByRole('main').getByRole('link', { name: 'An editor adds a story' }).first().click();
    await page.waitForURL(url);
    await page.getByRole('heading', { level: 1, name: 'An editor adds a story' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    folder.write(
      'live-story.json',
      folder.article({ slug: 'live-story', headline: 'An editor corrects a story', publishedAt }),
    );
    await expect.poll(() => articleHeading('live-story'), SOON).toBe('An editor corrects a story');
    expect(await frontHeadlines()).toContain('An editor corrects a story');

    folder.remove('live-story.json');
    await expect.poll(() => articleHeading('live-story'), SOON).toBe('This article has been removed');
    const gone = await reader('live-story');
    await gone.goto(url);
    expect(await axeViolations(gone)).toEqual([]);
    expect(await frontHeadlines()).not.toContain('An editor corrects a story');
  });

  it('schedules an article: absent until its time, then on the front page and at its URL', async () => {
    const at = new Date(Math.ceil((Date.now() + 4_000) / 1_000) * 1_000).toISOString().replace('.000Z', 'Z');
    folder.write(
      'embargoed-story.json',
      folder.article({ slug: 'embargoed-story', headline: 'Embargoed until the minute', publishedAt: at }),
    );
    // The file is read (a problem would be logged) but until `at` the story is nowhere.
    expect(await articleHeading('embargoed-story')).toBe('Page not found');
    expect(await frontHeadlines()).not.toContain('Embargoed until the minute');
    await expect
      .poll(() => frontHeadlines(), { timeout: 12_000, interval: 500 })
      .toContain('Embargoed until the minute');
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(at));
    expect(await articleHeading('embargoed-story')).toBe('Embargoed until the minute');
  });
});
