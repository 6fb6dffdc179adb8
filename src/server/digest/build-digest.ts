import { sumTallies } from '../editor/sum-tallies';
import type { Store } from '../store/store';

/** How many articles the digest names under "most No". */
export const MOST_NO_LIMIT = 5;

export type Digest = {
  /** The UTC day it covers (YYYY-MM-DD). */
  day: string;
  /** Counted feedback (suspected spam left out, and counted in `heldBack`). */
  totals: { yes: number; no: number; errorReports: number; heldBack: number; reasons: Record<string, number> };
  /** The articles readers most often found unhelpful that day, most "No" first. */
  mostNo: { articleSlug: string; headline: string | null; no: number; yes: number }[];
  /** Every error report of the day (suspected spam left out), oldest first. */
  errorReports: {
    id: string;
    articleSlug: string;
    headline: string | null;
    category: string | null;
    comment: string | null;
    createdAt: string;
  }[];
};

/** One day's feedback, read from the store with the same selections as the editor's report. */
export async function buildDigest(
  store: Store,
  day: string,
  headline: (slug: string) => string | null,
): Promise<Digest> {
  const selection = { from: day, to: day };
  const [tallies, heldBack] = await Promise.all([store.tallyFeedback(selection), store.countSpam(selection)]);
  const mostNo = tallies
    .filter((t) => t.no > 0)
    .sort((a, b) => b.no - a.no || a.yes - b.yes || (a.articleSlug < b.articleSlug ? -1 : 1))
    .slice(0, MOST_NO_LIMIT)
    .map(({ articleSlug, no, yes }) => ({ articleSlug, headline: headline(articleSlug), no, yes }));
  const errorReports: Digest['errorReports'] = [];
  for await (const item of store.iterateFeedback({ ...selection, kind: 'error-report' }))
    errorReports.push({
      id: item.publicId,
      articleSlug: item.articleSlug,
      headline: headline(item.articleSlug),
      category: item.category,
      comment: item.comment,
      createdAt: item.createdAt,
    });
  return { day, totals: { ...sumTallies(tallies), heldBack }, mostNo, errorReports: errorReports.reverse() };
}
