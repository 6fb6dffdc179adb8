import type { FeedbackTally } from '../store/store';

/** One total over every article's tally: the editor report's totals and the digest's. */
export function sumTallies(tallies: FeedbackTally[]) {
  const totals = { yes: 0, no: 0, errorReports: 0, reasons: {} as Record<string, number> };
  for (const t of tallies) {
    totals.yes += t.yes;
    totals.no += t.no;
    totals.errorReports += t.errorReports;
    for (const [reason, n] of Object.entries(t.reasons)) totals.reasons[reason] = (totals.reasons[reason] ?? 0) + n;
  }
  return totals;
}
