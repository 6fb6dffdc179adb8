import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { INERT, writeHostileContent } from '../support/hostile-content';
import { waitForHydration } from './support/browser';
import { setUpBrowserSuite } from './support/suite';

// The server is started over the sample content plus every hostile fixture (the rejected ones are
// skipped at load); the inert ones must render as plain, readable text and run nothing.
const contentDir = writeHostileContent();
const suite = setUpBrowserSuite({ CONTENT_DIR: contentDir });
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

describe('hostile content in a real browser', () => {
  it.each(Object.keys(INERT))('%s renders as text and runs nothing', async (slug) => {
    const page = await suite.pages.open();
    await page.goto(suite.server.at(`/article/${slug}`));
    await waitForHydration(page);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The only script in the page body is the JSON-LD data block, which never runs.
    expect(
      await page.locator('main script:not([type="application/ld+json"]), main iframe, main svg, main object').count(),
    ).toBe(0);
  });

  it('shows script-looking text literally', async () => {
    const page = await suite.pages.open();
    await page.goto(suite.server.at('/article/inert-script-text'));
    await page.getByRole('heading', { level: 1, name: '<script>window.__pwned=1</script> Headline' }).waitFor();
  });

  it('keeps serving the good articles', async () => {
    const page = await suite.pages.open();
    const res = await page.goto(suite.server.at('/article/trump-petro-white-house-meeting'));
    expect(res?.status()).toBe(200);
  });
});
