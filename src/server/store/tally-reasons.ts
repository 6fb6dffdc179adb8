import type { FeedbackTally } from './store';

/** One reason's count for one article, as both databases group them. */
export type ReasonRow = { articleSlug: string; reason: string; n: number };

/** Each article's tally with the reasons its readers gave, counted apart (SQLite and PostgreSQL alike). */
export function withReasons(counts: Omit<FeedbackTally, 'reasons'>[], reasonRows: ReasonRow[]): FeedbackTally[] {
  const reasons = new Map<string, Record<string, number>>();
  for (const { articleSlug, reason, n } of reasonRows) {
    const forArticle = reasons.get(articleSlug) ?? {};
    forArticle[reason] = n;
    reasons.set(articleSlug, forArticle);
  }
  return counts.map((c) => ({ ...c, reasons: reasons.get(c.articleSlug) ?? {} }));
}
