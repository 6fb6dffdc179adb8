import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOBILE, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// What a reader on a slow phone gets first: the server's page, painted from one response, and only then the
// app's JavaScript. Ordering, not timing: these hold on any machine.

const suite = setUpBrowserSuite();

type Timeline = {
  firstContentfulPaint: number;
  loadEventEnd: number;
  scripts: { name: string; startTime: number }[];
  stylesheets: string[];
};

async function timelineOf(path: string): Promise<{ timeline: Timeline; page: Page }> {
  const page = await suite.pages.open({ viewport: MOBILE });
  await page.goto(suite.server.at(path));
  await waitForHydration(page);
  const timeline = await page.evaluate((): Timeline => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      loadEventEnd: navigation?.loadEventEnd ?? Number.NaN,
      scripts: resources
        .filter((r) => r.initiatorType !== 'img' && new URL(r.name).pathname.endsWith('.js'))
        .map((r) => ({ name: new URL(r.name).pathname, startTime: r.startTime })),
      stylesheets: resources.filter((r) => new URL(r.name).pathname.endsWith('.css')).map((r) => r.name),
    };
  });
  return { timeline, page };
}

describe.each([
  { name: 'the seed article', path: `/article/${seed.slug}` },
  { name: 'the front page', path: '/' },
])('$name', ({ path }) => {
  it('paints and finishes loading before any JavaScript is requested', async () => {
    const { timeline } = await timelineOf(path);
    const app = timeline.scripts.filter((s) => /\/assets\/entry-client-[\w-]+\.js$/.test(s.name));
    expect(app, 'the app entry is fetched (then the page hydrates)').toHaveLength(1);
    expect(timeline.firstContentfulPaint).toBeGreaterThan(0);
    expect(app[0]!.startTime).toBeGreaterThanOrEqual(timeline.loadEventEnd);
    // The boot script is in the page, so not even it is a request competing with the first paint.
    const early = timeline.scripts.filter((s) => s.startTime <= timeline.firstContentfulPaint).map((s) => s.name);
    expect(early).toEqual([]);
  });

  it('needs no stylesheet request: the styles arrive in the page and the CSP allows them', async () => {
    const { timeline, page } = await timelineOf(path);
    expect(timeline.stylesheets).toEqual([]);
    // Styled (and a blocked <style> would be a CSP report, which fails the suite): only the site's CSS moves
    // the skip link above the top edge until it has focus.
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    expect((await skipLink.boundingBox())?.y).toBeLessThan(0);
    await skipLink.focus();
    expect((await skipLink.boundingBox())?.y).toBeGreaterThanOrEqual(0);
  });
});
