import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// The editor's charts in a real browser, in the light and the dark scheme: no axe violation, and the bars take
// their colour from the theme (a bar the colour of the background would be no chart at all).

const TOKEN = 'browser-test-editor-token-charts';
const suite = setUpBrowserSuite({ FEEDBACK_ADMIN_TOKEN: TOKEN });

const rate = (helpful: boolean, reasons: string[]) =>
  fetch(suite.server.at(`/api/articles/${seed.slug}/feedback`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ idempotencyKey: randomUUID(), kind: 'rating', helpful, reasons, timeOnPageMs: 9_000 }),
  });

async function openCharts(page: Page) {
  await page.goto(suite.server.at('/editor'));
  await page.getByLabel('Editor token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const charts = page.getByRole('region', { name: 'Charts: All articles' });
  await charts.getByRole('table', { name: 'Share of “Yes” by day (UTC)' }).waitFor();
  return charts;
}

/** The bars' fill and the page's background, as the browser paints them. */
const paint = (page: Page) =>
  page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    yes: getComputedStyle(document.querySelector('.chart-bar-yes')!).fill,
    no: getComputedStyle(document.querySelector('.chart-bar-no')!).fill,
  }));

describe('the editor’s charts', () => {
  it('pass axe and follow the colour scheme, light and dark', async () => {
    for (const [helpful, reasons] of [
      [true, ['Clear']],
      [true, ['Clear', 'Informative']],
      [false, ['Missing context']],
    ] as const)
      expect((await rate(helpful, [...reasons])).status).toBe(201);

    // The browser logs the 401 of the "am I signed in?" check before signing in.
    const expectedFailedLoads = [suite.server.at('/api/admin/session')];
    const light = await suite.pages.open({ colorScheme: 'light', expectedFailedLoads });
    const charts = await openCharts(light);
    expect(await charts.getByRole('table', { name: 'Reasons given' }).getByRole('row').count()).toBe(4);
    expect(await axeViolations(light)).toEqual([]);
    const lightPaint = await paint(light);

    const dark = await suite.pages.open({ colorScheme: 'dark', expectedFailedLoads });
    await openCharts(dark);
    expect(await axeViolations(dark)).toEqual([]);
    const darkPaint = await paint(dark);

    for (const scheme of [lightPaint, darkPaint]) {
      expect(scheme.yes).not.toBe(scheme.background);
      expect(scheme.no).not.toBe(scheme.background);
      expect(scheme.yes).not.toBe(scheme.no);
    }
    expect(darkPaint.background).not.toBe(lightPaint.background);
    expect(darkPaint.yes).not.toBe(lightPaint.yes);
  });
});
