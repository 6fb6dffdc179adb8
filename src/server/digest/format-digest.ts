import type { Digest } from './build-digest';

// Control characters and bidirectional overrides in a reader's comment could rewrite the operator's terminal
// (ANSI escapes) or disguise text; they are shown as U+FFFD. Line breaks are kept, indented under the item.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const safe = (text: string) => text.replace(UNSAFE, '\uFFFD');
const indent = (text: string, by: string) => safe(text.replace(/\r\n?/g, '\n')).replace(/\n/g, `\n${by}`);

const share = (yes: number, no: number) =>
  yes + no === 0 ? 'no ratings' : `${Math.round((yes / (yes + no)) * 100)}% Yes`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The digest as plain text, for a terminal or a mail body. */
export function formatDigest({ day, totals, mostNo, errorReports }: Digest): string {
  const lines = [
    `Reader feedback for ${day} (UTC)`,
    '',
    `Ratings: ${totals.yes} Yes, ${totals.no} No (${share(totals.yes, totals.no)}); ` +
      `${plural(totals.errorReports, 'error report')}; ${totals.heldBack} held back as suspected spam.`,
    '',
    'Most “No”:',
    ...(mostNo.length === 0
      ? ['  none']
      : mostNo.map((a) => `  ${a.no} No, ${a.yes} Yes: ${safe(a.headline ?? a.articleSlug)} (${a.articleSlug})`)),
    '',
    `Error reports (${errorReports.length}):`,
    ...(errorReports.length === 0 ? ['  none'] : []),
  ];
  for (const report of errorReports) {
    lines.push(
      `  - ${report.createdAt.slice(11, 16)} UTC · ${safe(report.headline ?? report.articleSlug)} · ${safe(report.category ?? 'Error report')}`,
    );
    lines.push(`    ${report.comment === null ? '(comment deleted)' : indent(report.comment, '    ')}`);
  }
  return `${lines.join('\n')}\n`;
}
