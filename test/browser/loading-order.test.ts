import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOBILE, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// What a reader on a slow phone gets first: the server's page, painted from one response; the app's JavaScript
// downloads behind it at low priority and runs only once the page has loaded and painted. Ordering, not
// timing: these hold on any machine.

const suite = setUpBrowserSuite();

type Timeline = {
  firstContentfulPaint: number;
  loadEventEnd: number;
  appStart: number;
  stylesheets: string[];
};

async function timelineOf(path: string): Promise<{ timeline: Timeline; page: Page; priorities: Map<string, string> }> {
  const page = await suite.pages.open({ viewport: MOBILE });
  // The priority Chromium gave each request, from the DevTools protocol (Resource Timing does not say).
  const priorities = new Map<string, string>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request }) =>
    priorities.set(new URL(request.url).pathname, request.initialPriority),
  );
  await cdp.send('Network.enable');
  await page.goto(suite.server.at(path));
  await waitForHydration(page);
  const timeline = await page.evaluate((): Timeline => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      loadEventEnd: navigation?.loadEventEnd ?? Number.NaN,
      appStart: performance.getEntriesByName('broadsheet:app-start')[0]?.startTime ?? Number.NaN,
      stylesheets: resources.filter((r) => new URL(r.name).pathname.endsWith('.css')).map((r) => r.name),
    };
  });
  return { timeline, page, priorities };
}

describe.each([
  { name: 'the seed article', path: `/article/${seed.slug}` },
  { name: 'the front page', path: '/' },
])('$name', ({ path }) => {
  it('paints and finishes loading before the app runs', async () => {
    const { timeline } = await timelineOf(path);
    expect(timeline.firstContentfulPaint).toBeGreaterThan(0);
    expect(timeline.appStart).toBeGreaterThan(timeline.firstContentfulPaint);
    expect(timeline.appStart).toBeGreaterThanOrEqual(timeline.loadEventEnd);
  });

  it('downloads the app at low priority, behind what the page needs to paint', async () => {
    const { priorities } = await timelineOf(path);
    const app = [...priorities].filter(([url]) => /^\/assets\/entry-client-[\w-]+\.js$/.test(url));
    expect(app).toEqual([[expect.any(String), 'Low']]);
    expect(priorities.get(path)).toBe('VeryHigh');
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
