import type { FeedbackItem } from '../../../contract/feedback';

/** The share of ratings that said Yes, as a whole percentage. */
export function helpfulShare(yes: number, no: number): string {
  const rated = yes + no;
  return rated === 0 ? 'No ratings' : `${Math.round((yes / rated) * 100)}%`;
}

/** The most given reasons, most first: "Clear (2), Missing context (1)". */
export function topReasons(reasons: Record<string, number>, count = 3): string {
  const top = Object.entries(reasons)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, count);
  return top.length === 0 ? 'None' : top.map(([reason, n]) => `${reason} (${n})`).join(', ');
}

export function kindLabel(item: FeedbackItem): string {
  if (item.kind === 'error-report') return item.category ? `Error report: ${item.category}` : 'Error report';
  return item.helpful ? 'Yes' : 'No';
}
