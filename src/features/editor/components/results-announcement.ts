import type { FeedbackReport } from '../../../contract/feedback';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a screen reader hears once a filter has been applied: the totals the new selection came to. */
export function resultsAnnouncement(totals: FeedbackReport['totals'], spamView: boolean): string {
  const counted = `${totals.yes} Yes, ${totals.no} No, ${count(totals.errorReports, 'error report', 'error reports')}`;
  return spamView
    ? `Filter applied. Held back as suspected spam: ${counted}.`
    : `Filter applied: ${counted}; ${totals.heldBack} held back as suspected spam.`;
}
