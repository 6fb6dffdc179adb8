import type { Page } from 'playwright-core';
import type { Budgets } from './budgets';
import { onCleanUp } from './cleanup';
import { SEED_SLUG } from './load';
import { atMost, info, ms, type Row } from './report';
import { launchBrowser, MOBILE, waitForHydration } from '../test/browser/support/browser';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// A reader on a slow phone (Chromium at 4x CPU slowdown) answers "Help us improve" and goes on to another
// article: opens the widget, ticks a reason, types a comment, sends, waits for the thanks, then follows a link in
// the rail. Each interaction's latency (input to next paint) comes from the browser's Event Timing entries, as
// INP counts it: the longest entry of each interaction. Chunk downloads are not interactions, so a form that
// arrives later does not count; what it costs the next tap does.

const CPU_SLOWDOWN = 4;
const COMMENT = 'The second half needs more context on the talks.';

export type InteractionFigures = { runs: number; latenciesMs: number[]; byStep: Record<string, number[]> };

type Interaction = { name: string; durationMs: number };

/** Every interaction since the page loaded, longest entry per interaction id, in order. */
async function interactionsOf(page: Page): Promise<Interaction[]> {
  return page.evaluate(() => (window as unknown as { __interactions: Interaction[] }).__interactions);
}

async function readerRun(page: Page, origin: string): Promise<Interaction[]> {
  await page.addInitScript(() => {
    const byId = new Map<number, { name: string; durationMs: number }>();
    const list: { name: string; durationMs: number }[] = [];
    (window as unknown as { __interactions: typeof list }).__interactions = list;
    new PerformanceObserver((entries) => {
      // interactionId is in Chromium's Event Timing, not yet in TypeScript's DOM types.
      for (const entry of entries.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (!entry.interactionId) continue;
        const known = byId.get(entry.interactionId);
        if (known) known.durationMs = Math.max(known.durationMs, entry.duration);
        else {
          const item = { name: entry.name, durationMs: entry.duration };
          byId.set(entry.interactionId, item);
          list.push(item);
        }
      }
      // 16 ms is the finest the browser reports; interactions shorter than that are not slow by any measure.
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  await page.goto(`${origin}/article/${SEED_SLUG}`);
  await waitForHydration(page);
  const widget = page.getByRole('region', { name: 'Help us improve' });
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole('button', { name: 'No' }).click();
  await widget.getByRole('checkbox', { name: 'Hard to follow' }).check();
  await widget.getByRole('textbox', { name: 'Tell us more (optional)' }).pressSequentially(COMMENT);
  await widget.getByRole('button', { name: 'Send feedback' }).click();
  await widget.getByText('Thank you — your feedback was sent.').waitFor();
  const next = page.getByRole('complementary', { name: 'More to read' }).getByRole('link').first();
  const headline = await next.getAttribute('href');
  await next.click();
  await page.waitForURL(`${origin}${headline}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // A paint after the last input, so its entry is reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return interactionsOf(page);
}

export async function measureInteraction(runs: number, options: SpawnOptions = {}): Promise<InteractionFigures> {
  const running = await spawnServer(options);
  const browser = await launchBrowser();
  const forget = onCleanUp(() => browser.close());
  try {
    const figures: InteractionFigures = { runs, latenciesMs: [], byStep: {} };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: MOBILE, deviceScaleFactor: 2, hasTouch: false });
      try {
        for (const { name, durationMs } of await readerRun(await context.newPage(), running.url)) {
          figures.latenciesMs.push(durationMs);
          (figures.byStep[name] ??= []).push(durationMs);
        }
      } finally {
        await context.close();
      }
    }
    return figures;
  } finally {
    await browser.close();
    forget();
    await running.dispose();
  }
}

/** The value below which `share` of the values lie (nearest rank), as web-vitals' p75 is read. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
}

export function interactionRows(f: InteractionFigures, budgets: Budgets['lighthouse']): Row[] {
  const steps = Object.entries(f.byStep)
    .map(([name, values]) => `${name} ×${values.length} max ${Math.round(Math.max(...values))}`)
    .join(', ');
  return [
    info('interactions over 16 ms, all runs', `${f.latenciesMs.length} (${steps || 'none'})`),
    atMost('interaction latency p75', f.latenciesMs.length ? percentile(f.latenciesMs, 0.75) : 0, budgets.inpP75Ms, ms),
    info('interaction latency, longest', ms(f.latenciesMs.length ? Math.max(...f.latenciesMs) : 0)),
  ];
}
