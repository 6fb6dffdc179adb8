// npm run screenshots: the front page and an article at a phone's and a desktop's width, light and dark, as PNGs
// in docs/screenshots/ (full pages, after hydration and every image loaded). `npm run screenshots` builds first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { spawnServer } from '../test/support/spawn-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../docs/screenshots');

const PAGES = [
  { name: 'front', path: '/' },
  { name: 'article', path: '/article/trump-petro-white-house-meeting' },
];
const VIEWPORTS = [
  { name: '390', viewport: { width: 390, height: 844 } },
  { name: '1280', viewport: { width: 1280, height: 800 } },
];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

async function shoot(browser: Browser, url: string, file: string, width: number, height: number, scheme: Scheme) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme: scheme,
    // No worker, no beacons kept between shots: each is a first visit.
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Hydrated (React Router sets this in an effect), with every lazy image scrolled into view and loaded.
    await page.waitForFunction(() => window.history.scrollRestoration === 'manual');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await context.close();
  }
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const [server, browser] = await Promise.all([
    spawnServer({ logLevel: 'warn' }),
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
  ]);
  try {
    for (const { name, path: pathname } of PAGES)
      for (const { name: size, viewport } of VIEWPORTS)
        for (const scheme of SCHEMES) {
          const file = path.join(SCREENSHOT_DIR, `${name}-${size}-${scheme}.png`);
          await shoot(browser, server.at(pathname), file, viewport.width, viewport.height, scheme);
          console.log(path.relative(process.cwd(), file));
        }
  } finally {
    await browser.close();
    await server.dispose();
  }
}

await main();
