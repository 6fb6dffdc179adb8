const MAX_MS = 30 * 86_400_000;

/** Milliseconds since `startedAt` (a `performance.now()` reading), as the contract accepts them. */
export function timeOnPage(startedAt: number): number {
  return Math.min(MAX_MS, Math.max(0, Math.round(performance.now() - startedAt)));
}
