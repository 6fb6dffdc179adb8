import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MIN_TIME_ON_PAGE_MS } from '../../src/contract/feedback';
import { waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

const TOKEN = 'browser-test-editor-token-0123';
const suite = setUpBrowserSuite({ FEEDBACK_ADMIN_TOKEN: TOKEN });

const FIRST = 'First comment: the election context was thin.';
const SECOND = 'Second comment, written while offline.';

async function sendRating(page: Page, answer: 'Yes' | 'No', comment: string) {
  const widget = page.getByRole('region', { name: 'Help us improve' });
  await widget.getByRole('button', { name: answer, exact: true }).click();
  await widget.getByLabel('Tell us more (optional)').fill(comment);
  await widget.getByRole('button', { name: 'Send feedback' }).click();
  return widget;
}

describe('feedback, end to end', () => {
  it('is delivered online, saved offline, delivered on reconnect, and shown to the editor once each', async () => {
    // The browser logs the POST that fails while offline, and the editor's "am I signed in?" check (401).
    const page = await suite.pages.open({
      expectedFailedLoads: [
        suite.server.at(`/api/articles/${seed.slug}/feedback`),
        suite.server.at('/api/admin/session'),
      ],
    });
    const context = page.context();
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    // Submissions faster than a person could read are set aside as spam: read for a moment first.
    await page.waitForTimeout(MIN_TIME_ON_PAGE_MS + 200);

    // 1. Online.
    const widget = await sendRating(page, 'No', FIRST);
    const sent = widget.getByText('Thank you — your feedback was sent.');
    await sent.waitFor();
    expect(await sent.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(
      true,
    );

    // 2. Offline: saved in the browser.
    await page.reload();
    await waitForHydration(page);
    await page.waitForTimeout(MIN_TIME_ON_PAGE_MS + 200);
    const again = page.getByRole('region', { name: 'Help us improve' });
    const more = again.getByRole('button', { name: 'Send more feedback' });
    if (await more.count()) await more.click();
    await context.setOffline(true);
    await sendRating(page, 'Yes', SECOND);
    await again.getByText('Saved — we’ll send it when you’re back online.').waitFor();

    // 3. Back online: the outbox delivers it and the message says so.
    await context.setOffline(false);
    await again.getByText('Thank you — your feedback was sent.').waitFor({ timeout: 30_000 });

    // 4. The editor sees both, once each.
    await page.goto(suite.server.at('/editor'));
    await page.getByLabel('Editor token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reader feedback' }).waitFor();
    await page.getByText(FIRST).waitFor();
    expect(await page.getByText(FIRST, { exact: true }).count()).toBe(1);
    expect(await page.getByText(SECOND, { exact: true }).count()).toBe(1);

    // 5. CSV export holds both, once each.
    const csvUrl = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    const csv = await page.request.get(suite.server.at(csvUrl ?? '/api/admin/feedback.csv'));
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body.split(FIRST)).toHaveLength(2);
    expect(body.split(SECOND)).toHaveLength(2);
  });

  it('works when the connection drops before the reader reaches the widget', async () => {
    const page = await suite.pages.open({
      expectedFailedLoads: [suite.server.at(`/api/articles/${seed.slug}/feedback`)],
    });
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    // Scrolling towards the widget fetches its forms; then the connection goes.
    await page.getByRole('region', { name: 'Help us improve' }).scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await page.context().setOffline(true);
    await page.getByText('You’re offline.', { exact: false }).waitFor();
    const widget = await sendRating(page, 'No', 'Sent with no connection at all.');
    await widget.getByText('Saved — we’ll send it when you’re back online.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.headline);
  });
});
