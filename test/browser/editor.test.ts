import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

const TOKEN = 'browser-test-editor-token-0123';
const suite = setUpBrowserSuite({ FEEDBACK_ADMIN_TOKEN: TOKEN });

const QUICK = 'Read it on the bus, answered straight away.';

/** A reader who answers within a second of opening the page: thanked, but held back as suspected spam. */
async function sendQuickRating() {
  const res = await fetch(suite.server.at(`/api/articles/${seed.slug}/feedback`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      idempotencyKey: randomUUID(),
      kind: 'rating',
      helpful: false,
      comment: QUICK,
      timeOnPageMs: 900,
    }),
  });
  expect(res.status).toBe(201);
}

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
