// One row per figure: what was measured, its budget, and whether it passed.
export type Status = 'pass' | 'FAIL' | 'info' | 'n/a' | 'ERROR';
export type Row = { figure: string; measured: string; budget: string; status: Status };

export const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
export const perSecond = (value: number, unit = 'req/s'): string =>
  `${Math.round(value).toLocaleString('en-US')} ${unit}`;
export const plain = (value: number): string => value.toFixed(4);

export function atMost(figure: string, value: number, limit: number, format: (n: number) => string): Row {
  return { figure, measured: format(value), budget: `≤ ${format(limit)}`, status: value <= limit ? 'pass' : 'FAIL' };
}

export function atLeast(figure: string, value: number, limit: number, format: (n: number) => string): Row {
  return { figure, measured: format(value), budget: `≥ ${format(limit)}`, status: value >= limit ? 'pass' : 'FAIL' };
}

export const info = (figure: string, measured: string): Row => ({ figure, measured, budget: '—', status: 'info' });
export const notAvailable = (figure: string, why: string, budget = '—'): Row => ({
  figure,
  measured: why,
  budget,
  status: 'n/a',
});
export const check = (figure: string, ok: boolean, measured: string, budget: string): Row => ({
  figure,
  measured,
  budget,
  status: ok ? 'pass' : 'FAIL',
});
export function errorRow(figure: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return { figure, measured: `error: ${message.split('\n')[0]?.slice(0, 70)}…`, budget: '—', status: 'ERROR' };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A plain-text table; sections are separated by a blank line. */
export function formatTable(sections: { title: string; rows: Row[] }[]): string {
  const header: Row = { figure: 'figure', measured: 'measured', budget: 'budget', status: 'pass' };
  const all = [header, ...sections.flatMap((s) => s.rows)];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const [f, m, b] = [width('figure'), width('measured'), width('budget')];
  const line = (r: Row, status: string) =>
    `${r.figure.padEnd(f)}  ${r.measured.padStart(m)}  ${r.budget.padEnd(b)}  ${status}`;
  const out = [line(header, 'result'), '-'.repeat(f + m + b + 12)];
  for (const section of sections) {
    out.push(`[${section.title}]`);
    for (const row of section.rows) out.push(line(row, row.status));
  }
  return out.join('\n');
}
