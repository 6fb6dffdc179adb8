import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, trackPages, type PageTracker } from './browser';
import { spawnServer, type SpawnedServer } from '../../support/spawn-server';

export type BrowserSuite = { server: SpawnedServer; pages: PageTracker };

/**
 * One built server and one Chromium for the whole file, started together; each test opens its
 * pages in fresh contexts and fails if any of them logged an error, or the server did.
 * `contentDir`: another content folder than the sample one (one a test writes into while the server runs).
 * Read `server` and `pages` inside tests: they exist once `beforeAll` has run.
 */
export function setUpBrowserSuite(env: Record<string, string> = {}, contentDir?: string): BrowserSuite {
  const suite = {} as BrowserSuite;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const [server, launched] = await Promise.allSettled([
      spawnServer({ env, logLevel: 'warn', ...(contentDir ? { contentDir } : {}) }),
      launchBrowser(),
    ]);
    if (server.status === 'rejected' || launched.status === 'rejected') {
      // Don't leave the half that did start running.
      if (server.status === 'fulfilled') await server.value.dispose();
      if (launched.status === 'fulfilled') await launched.value.close();
      throw server.status === 'rejected' ? server.reason : (launched as PromiseRejectedResult).reason;
    }
    browser = launched.value;
    suite.server = server.value;
    suite.pages = trackPages(launched.value);
  });
  afterEach(async () => {
    if (!suite.pages) return;
    const problems = await suite.pages.closeAll();
    expect(problems, 'console errors or warnings, page errors, CSP reports').toEqual([]);
    expect(suite.server.takeErrors(), 'errors logged by the server').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await suite.server?.dispose();
  });
  return suite;
}
