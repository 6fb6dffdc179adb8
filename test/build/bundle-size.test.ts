import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBudgets } from '../../bench/budgets';
import { kB, manifestPath, measureInitialAssets, type InitialAssets } from '../../bench/bundle-size';

// The article page's initial download, compressed, against bench/budgets.json. `npm test` builds first;
// `npm run test:unit` without a build skips this file rather than measuring nothing.
const { bundle } = loadBudgets();

describe.skipIf(!existsSync(manifestPath()))('initial bundle of the article page (from the last build)', () => {
  let assets: InitialAssets;
  beforeAll(() => {
    assets = measureInitialAssets();
  });

  it('finds the entry chunk and its stylesheet', () => {
    expect(assets.js.length).toBeGreaterThan(0);
    expect(assets.css.length).toBeGreaterThan(0);
  });

  it(`keeps initial JS within ${kB(bundle.initialJsBrotliBytes)} brotli`, () => {
    const files = assets.js.map((a) => `${a.file} ${kB(a.brotli)}`).join(', ');
    expect(
      assets.totals.js.brotli,
      `initial JS is ${kB(assets.totals.js.brotli)} brotli (${files}); budget ${kB(bundle.initialJsBrotliBytes)}`,
    ).toBeLessThanOrEqual(bundle.initialJsBrotliBytes);
  });

  it(`keeps initial CSS within ${kB(bundle.initialCssBrotliBytes)} brotli`, () => {
    expect(
      assets.totals.css.brotli,
      `initial CSS is ${kB(assets.totals.css.brotli)} brotli; budget ${kB(bundle.initialCssBrotliBytes)}`,
    ).toBeLessThanOrEqual(bundle.initialCssBrotliBytes);
  });
});
