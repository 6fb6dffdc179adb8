import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * axe-core over part of a page in jsdom: no layout, so no colour contrast, and no page-level landmarks on a
 * fragment (the browser suite checks both on whole pages).
 */
export async function expectNoAxeViolations(context: Element) {
  const results = await axe.run(context, {
    rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
  });
  const found = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`);
  expect(found).toEqual([]);
}
