import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

// The strict CSP must hold with nothing refused on any kind of page: a violation is a feature that breaks
// under it (or a library probing for eval). Chromium does not always log these to the console, so the
// `securitypolicyviolation` events themselves are collected, from before the first script runs.

const TOKEN = 'csp-test-editor-token-0123456789';
const suite = setUpBrowserSuite({ FEEDBACK_ADMIN_TOKEN: TOKEN });

type Violation = { directive: string; blocked: string; source: string };
declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

async function openWatched(path: string, status: number): Promise<Page> {
  const url = suite.server.at(path);
  // A 404 page's own load, and the editor asking whether it is signed in (401 until it is), are expected.
  const expectedFailedLoads =
    status === 404 ? [url] : path === '/editor' ? [suite.server.at('/api/admin/session')] : [];
  const page = await suite.pages.open({ viewport: DESKTOP, expectedFailedLoads });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.cspViolations?.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
        }),
      true,
    );
  });
  expect((await page.goto(url))?.status()).toBe(status);
  await waitForHydration(page);
  return page;
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

describe('no Content Security Policy violation', () => {
  it.each([
    { name: 'the front page', path: '/', status: 200 },
    { name: 'a section page', path: '/section/science', status: 200 },
    { name: 'an article page', path: `/article/${seed.slug}`, status: 200 },
    { name: 'the not-found page', path: '/no/such/page', status: 404 },
    { name: "the editor's sign-in page", path: '/editor', status: 200 },
  ])('on $name', async ({ path, status }) => {
    const page = await openWatched(path, status);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("on the editor's report, signed in", async () => {
    const page = await openWatched('/editor', 200);
    await page.getByLabel('Editor token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /feedback/i }).waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
