import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, axeViolationsWithoutScripts, DESKTOP, waitForHydration } from './support/browser';
import { publication, seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

const TOKEN = 'browser-test-editor-token-0123';
const suite = setUpBrowserSuite({ FEEDBACK_ADMIN_TOKEN: TOKEN });

const QUICK = 'Read it on the bus, answered straight away.';

/** A rating as the widget sends it, acknowledged by the server. */
async function sendRatingBody(fields: { helpful: boolean; comment: string; timeOnPageMs: number; reasons?: string[] }) {
  const res = await fetch(suite.server.at(`/api/articles/${seed.slug}/feedback`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ idempotencyKey: randomUUID(), kind: 'rating', ...fields }),
  });
  expect(res.status).toBe(201);
}

/** A reader who answers within a second of opening the page: thanked, but held back as suspected spam. */
const sendQuickRating = () => sendRatingBody({ helpful: false, comment: QUICK, timeOnPageMs: 900 });

async function signIn(page: Page) {
  await page.goto(suite.server.at('/editor'));
  await waitForHydration(page);
  await page.getByLabel('Editor token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reader feedback' }).waitFor();
}

describe('editor, suspected spam', () => {
  it('counts what is held back, shows it in its own view, and moves an item out and back', async () => {
    await sendQuickRating();
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await suite.pages.open({
        colorScheme,
        expectedFailedLoads: [suite.server.at('/api/admin/session')],
      });
      await signIn(page);
      const totals = page.getByRole('region', { name: 'Totals' });
      await totals.getByText('1 held back as suspected spam').waitFor();
      expect(await page.getByText(QUICK).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Review suspected spam' }).click();
      const held = page.getByRole('region', { name: 'Held back as suspected spam' });
      await held.getByText(QUICK).waitFor();
      expect(new URL(page.url()).searchParams.get('spam')).toBe('only');
      expect(await axeViolations(page)).toEqual([]);
      if (colorScheme === 'dark') break;

      await held.getByRole('button', { name: 'Not spam' }).click();
      await held.getByText('Nothing held back for this selection.').waitFor();
      await page.getByRole('link', { name: 'Back to counted feedback' }).click();
      await totals.getByText('0 held back as suspected spam').waitFor();
      await totals.getByText('No: 1').waitFor();
      const recent = page.getByRole('region', { name: 'Recent comments and error reports' });
      await recent.getByText(QUICK).waitFor();

      await recent.getByRole('button', { name: 'Mark as spam' }).click();
      await totals.getByText('1 held back as suspected spam').waitFor();
      await totals.getByText('No: 0').waitFor();
    }
  });
});

/** A rating with reasons and a long comment: long cells are what squeezed the table's headers. */
const sendRating = (helpful: boolean, reasons: string[]) =>
  sendRatingBody({
    helpful,
    reasons,
    // Each comment its own: the same one twice from one reader is stored once.
    comment: `${reasons.join(', ')}: a long comment that goes on and on about the article. `.repeat(8),
    timeOnPageMs: 60_000,
  });

/** Column headers whose words are split across lines ("Ye/s"), with what they were. */
function headersBrokenMidWord(page: Page) {
  return page.getByRole('table', { name: 'Feedback for each article' }).evaluate((table) => {
    const broken: string[] = [];
    for (const th of table.querySelectorAll('thead th')) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // A word drawn on one line is one box; a word broken inside is two or more.
          if (range.getClientRects().length > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('editor layout', () => {
  it('fits a 390 px phone without sideways scrolling, and keeps column names whole at 1280 px', async () => {
    await sendRating(true, ['Clear', 'Informative', 'Well sourced']);
    await sendRating(false, ['Missing context', 'Hard to follow', 'Misleading headline']);
    for (const viewport of [{ width: 390, height: 844 }, DESKTOP]) {
      const page = await suite.pages.open({ viewport, expectedFailedLoads: [suite.server.at('/api/admin/session')] });
      await signIn(page);
      await page.getByRole('table', { name: 'Feedback for each article' }).waitFor();
      // The article list holds every headline, the longest too.
      expect(await page.getByLabel('Article', { exact: true }).locator('option').count()).toBeGreaterThan(1);
      expect(await overflow(page), `horizontal overflow at ${viewport.width} px`).toBeLessThanOrEqual(0);
      expect(await headersBrokenMidWord(page), `headers broken mid-word at ${viewport.width} px`).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('moves focus to the results after Apply filter, and the date filter says it is UTC', async () => {
    const page = await suite.pages.open({ expectedFailedLoads: [suite.server.at('/api/admin/session')] });
    await signIn(page);
    await page.getByLabel('Article', { exact: true }).selectOption({ label: seed.headline });
    await page.getByLabel('From (UTC)').fill('2020-01-01');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    const results = page.getByRole('heading', { level: 2, name: 'Results' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Results');
    expect(await results.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await page
      .getByRole('status')
      .filter({ hasText: /^Filter applied:/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('editor without JavaScript', () => {
  it('shows the publication’s masthead and says the editor needs JavaScript, not "Loading…"', async () => {
    const page = await suite.pages.open({ javaScriptEnabled: false });
    const response = await page.goto(suite.server.at('/editor'));
    expect(response?.status()).toBe(200);
    const banner = page.getByRole('banner');
    await banner.getByRole('link', { name: publication.name, exact: true }).waitFor();
    for (const section of publication.sections)
      await banner.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section.name }).waitFor();
    await page.getByRole('contentinfo').getByText(`© ${publication.name}.`).waitFor();
    // Playwright's text and role queries skip <noscript>, though Chromium draws it with scripts off.
    const message = page.locator('main noscript p');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/^The editor needs JavaScript\. Turn it on/);
    expect(await page.getByText('Loading editor…').count()).toBe(0);
    expect(await axeViolationsWithoutScripts(page)).toEqual([]);
  });
});
