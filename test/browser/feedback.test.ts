import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MIN_TIME_ON_PAGE_MS } from '../../src/contract/feedback';
import { axeViolations, waitForHydration } from './support/browser';
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
    // The page's clock is driven by the test: "reading for a moment" takes no real time.
    await page.clock.install();
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    // Submissions faster than a person could read are set aside as spam: read for a moment first.
    await page.clock.fastForward(MIN_TIME_ON_PAGE_MS + 200);

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
    await page.clock.fastForward(MIN_TIME_ON_PAGE_MS + 200);
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

  it('opens both forms offline on a page left at the top: the worker cached them when it installed', async () => {
    const page = await suite.pages.open({
      expectedFailedLoads: [
        suite.server.at(`/api/articles/${seed.slug}/feedback`),
        suite.server.at(`/api/articles/${seed.slug}/views`),
        suite.server.at('/api/trending'),
      ],
    });
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    // The worker is in control once it has installed (and cached what it caches at install).
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    // Still at the top of the article, far from the widget, the connection goes.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().setOffline(true);
    await page.getByText('You’re offline.', { exact: false }).waitFor();

    const widget = page.getByRole('region', { name: 'Help us improve' });
    await widget.scrollIntoViewIfNeeded();
    await widget.getByRole('button', { name: 'No', exact: true }).click();
    await widget.getByRole('button', { name: 'Report an error in this article' }).click();
    await widget.getByRole('radio', { name: 'Spelling or grammar' }).waitFor();
    await widget.getByLabel('Tell us more (optional)').fill('Written offline, never online on this page.');
    expect(await page.getByText('This part of the page couldn’t load', { exact: false }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: 'Send feedback' }).click();
    await widget.getByText('Saved — we’ll send it when you’re back online.').waitFor();
    // Back online, the outbox delivers it.
    await page.context().setOffline(false);
    await widget.getByText('Thank you — your feedback was sent.').waitFor({ timeout: 30_000 });
  });
});
