import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Budgets } from './budgets';
import { onCleanUp } from './cleanup';
import { SEED_SLUG } from './load';
import { atMost, atLeast, median, ms, plain, type Row } from './report';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// Lighthouse 12 through its Node API, with Lighthouse's own defaults: mobile form factor, simulated slow 4G
// and a 4× CPU slowdown. Debian's Chromium, a fresh profile per run (chrome-launcher's temp dir).
const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
export const PAGES = [
  { name: 'article', path: `/article/${SEED_SLUG}` },
  { name: 'front', path: '/' },
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Everything the page downloaded, as transferred (compressed), and the part of it that is script. */
  transferBytes: number;
  scriptTransferBytes: number;
  imageTransferBytes: number;
  /** Audits that cost points outside Performance (and Performance's own below 0.9), to say why a score is short. */
  shortfalls: string[];
  warnings: string[];
};
export type PageLighthouse = {
  name: string;
  path: string;
  runs: LighthouseRun[];
  median: Omit<
    LighthouseRun,
    'shortfalls' | 'warnings' | 'transferBytes' | 'scriptTransferBytes' | 'imageTransferBytes'
  >;
};

type ResourceSummaryItem = { resourceType: string; transferSize: number };

/** The first few rows of an audit's table ("Content security policy", a URL…), to say what it found. */
function describeItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const text = items.slice(0, 3).map((item) => {
    const value = ['issueType', 'description', 'source', 'url', 'node'].map((key) => item[key]).find(Boolean);
    return typeof value === 'string' ? value : JSON.stringify(value ?? item).slice(0, 80);
  });
  return text.join('; ') || 'no details';
}

// Lighthouse's own advice for these ("Please run Lighthouse again"): the trace lost its navigation start, which
// happens now and then on a loaded host. Any other failure is the page's, and ends the measurement.
const TRANSIENT = /^Lighthouse: (NO_NAVSTART|NO_FCP|NO_LCP) /;
const ATTEMPTS = 3;

/** One Lighthouse run over `url` in a fresh Chromium (a lost trace is run again, up to three tries). */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url);
    } catch (error) {
      if (attempt >= ATTEMPTS || !(error instanceof Error) || !TRANSIENT.test(error.message)) throw error;
    }
  }
}

async function runLighthouseOnce(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    handleSIGINT: false,
    logLevel: 'silent',
  });
  const forget = onCleanUp(() => chrome.kill());
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'silent',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const shortfalls = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0)
        .flatMap((ref) => lhr.audits[ref.id] ?? [])
        .filter((audit) => audit.score !== null && audit.score < (category.id === 'performance' ? 0.9 : 1))
        .map((audit) => `${category.id}: ${audit.id} (${audit.displayValue || describeItems(audit.details)})`),
    );
    const summary = (lhr.audits['resource-summary']?.details as { items?: ResourceSummaryItem[] } | undefined)?.items;
    // A type the page never asked for has no row: zero bytes of it (no table at all: unknown).
    const transfer = (type: string) =>
      summary ? (summary.find((item) => item.resourceType === type)?.transferSize ?? 0) : Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
      transferBytes: transfer('total'),
      scriptTransferBytes: transfer('script'),
      imageTransferBytes: transfer('image'),
      shortfalls,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
    forget();
  }
}

/** `runs` Lighthouse runs per page against one server; medians of each figure separately. */
export async function measureLighthouse(runs: number, server: SpawnOptions = {}): Promise<PageLighthouse[]> {
  const running = await spawnServer(server);
  try {
    const pages: PageLighthouse[] = [];
    for (const page of PAGES) {
      const results: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await runLighthouse(`${running.url}${page.path}`));
      const mid = (key: keyof Omit<LighthouseRun, 'shortfalls' | 'warnings'>) => median(results.map((r) => r[key]));
      pages.push({
        ...page,
        runs: results,
        median: {
          performance: mid('performance'),
          accessibility: mid('accessibility'),
          bestPractices: mid('bestPractices'),
          seo: mid('seo'),
          lcpMs: mid('lcpMs'),
          cls: mid('cls'),
          tbtMs: mid('tbtMs'),
        },
      });
    }
    return pages;
  } finally {
    await running.dispose();
  }
}

export function lighthouseRows(pages: PageLighthouse[], budgets: Budgets['lighthouse']): Row[] {
  const score = (n: number) => String(Math.round(n));
  return pages.flatMap(({ name, median: m }) => [
    atLeast(`${name}: Performance`, m.performance, budgets.performance, score),
    atLeast(`${name}: Accessibility`, m.accessibility, budgets.accessibility, score),
    atLeast(`${name}: Best Practices`, m.bestPractices, budgets.bestPractices, score),
    atLeast(`${name}: SEO`, m.seo, budgets.seo, score),
    atMost(`${name}: LCP`, m.lcpMs, budgets.lcpMs, ms),
    atMost(`${name}: CLS`, m.cls, budgets.cls, plain),
    atMost(`${name}: TBT`, m.tbtMs, budgets.tbtMs, ms),
  ]);
}
