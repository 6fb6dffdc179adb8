import axe from 'axe-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium';
import { chromium, type Browser, type BrowserContextOptions, type ConsoleMessage, type Page } from 'playwright-core';

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 375, height: 740 };
export const NARROW = { width: 320, height: 640 };
/** A current phone (390 px, as the design is measured at). */
export const PHONE = { width: 390, height: 844 };

/** Where a page must pass axe: the narrowest phone and a desktop, each in light and dark. */
export const NARROW_AND_DESKTOP_IN_BOTH_SCHEMES = [
  { label: '320px', viewport: NARROW, colorScheme: 'light' as const },
  { label: '320px', viewport: NARROW, colorScheme: 'dark' as const },
  { label: '1280px', viewport: DESKTOP, colorScheme: 'light' as const },
  { label: '1280px', viewport: DESKTOP, colorScheme: 'dark' as const },
];

/** The page's cumulative layout shift since navigation (buffered entries, read at once). */
export function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as unknown as { value: number }[];
    observer.disconnect();
    return entries.reduce((sum, entry) => sum + entry.value, 0);
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export type OpenOptions = BrowserContextOptions & {
  /** URLs whose "Failed to load resource" console error is expected, e.g. a not-found page's own 404. */
  expectedFailedLoads?: string[];
};

export type PageTracker = {
  /** A page in a fresh context (own cookies, storage, viewport) whose console and errors are recorded. */
  open(options?: OpenOptions): Promise<Page>;
  /** Closes every page opened since the last call and returns what went wrong on them. */
  closeAll(): Promise<string[]>;
};

/**
 * Records everything a reader's console would show as a fault: console errors and warnings (failed
 * requests, React's hydration errors), uncaught page errors, and any Content Security Policy report.
 */
export function trackPages(browser: Browser): PageTracker {
  let contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
  let problems: string[] = [];

  return {
    async open({ expectedFailedLoads = [], ...options } = {}) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (isExpectedFailedLoad(message, expectedFailedLoads)) return;
        // Playwright's own note when a test runs with `serviceWorkers: 'block'`.
        if (
          options.serviceWorkers === 'block' &&
          message.text().startsWith('Service Worker registration blocked by Playwright')
        )
          return;
        const type = message.type();
        if (type === 'error' || type === 'warning' || /Content Security Policy/i.test(message.text())) {
          problems.push(`console.${type} on ${page.url()}: ${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.stack ?? error.message}`));
      page.on('crash', () => problems.push(`page crashed on ${page.url()}`));
      return page;
    },
    async closeAll() {
      await Promise.all(contexts.map((context) => context.close()));
      const found = problems;
      contexts = [];
      problems = [];
      return found;
    },
  };
}

function isExpectedFailedLoad(message: ConsoleMessage, urls: string[]): boolean {
  return message.text().startsWith('Failed to load resource') && urls.includes(message.location().url);
}

/**
 * Resolves once React has hydrated the server HTML and the router is live. React Router's
 * <ScrollRestoration> sets history.scrollRestoration to "manual" in an effect, and effects only
 * run after the hydrated tree commits, so before this a click is a plain full-page navigation.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => window.history.scrollRestoration === 'manual');
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
};

/**
 * Runs axe-core in the page against WCAG 2.2 A/AA and returns one readable entry per violation
 * (empty when the page passes). axe is evaluated through the DevTools protocol rather than added
 * as an inline <script>, so the site's strict CSP stays in force and is tested too.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
  }, AXE_TAGS);
  return violations.map(formatViolation);
}

/**
 * axe on a page opened with `javaScriptEnabled: false`. axe runs on timers, which never fire while scripts are
 * off, so it checks a copy: the page's DOM as the visitor got it, served at the same address to a page where
 * scripts run but the site's own are empty, and each <noscript> unwrapped as a browser without scripts draws it.
 */
export async function axeViolationsWithoutScripts(page: Page): Promise<string[]> {
  const html = await page.content();
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser');
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', (route) => {
      const request = route.request();
      if (request.url() === url && request.resourceType() === 'document')
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (request.resourceType() === 'script')
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      return route.continue();
    });
    await copy.goto(url);
    await copy.evaluate(() => {
      for (const noscript of document.querySelectorAll('noscript')) {
        const template = document.createElement('template');
        template.innerHTML = noscript.textContent ?? '';
        noscript.replaceWith(template.content);
      }
    });
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}

function formatViolation(v: Violation): string {
  const nodes = v.nodes.map((n) =>
    [`  at ${n.target}`, `     ${n.html.slice(0, 200)}`, ...n.summary.split('\n').map((line) => `     ${line}`)].join(
      '\n',
    ),
  );
  return [`[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join('\n');
}
