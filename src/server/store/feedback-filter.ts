import type { FeedbackFilter } from './store';

const DAY_MS = 86_400_000;

/** How one engine spells a parameter and a truth test; the filter's meaning is written once, here. */
export type SqlDialect = {
  /** The placeholder for the `n`th parameter (from 1): `?` in SQLite, `$n` in PostgreSQL. */
  placeholder(n: number): string;
  /** A boolean expression compared with true or false. */
  is(expression: string, value: boolean): string;
};

export const sqliteDialect: SqlDialect = {
  placeholder: () => '?',
  is: (expression, value) => `${expression} = ${value ? 1 : 0}`,
};

export const postgresDialect: SqlDialect = {
  placeholder: (n) => `$${n}`,
  is: (expression, value) => `${expression} IS ${value ? 'TRUE' : 'FALSE'}`,
};

// An editor's verdict wins over the signals recorded at submission.
const IS_SPAM = 'COALESCE(spam_verdict, spam_reason IS NOT NULL)';

/**
 * WHERE clause and positional parameters for a feedback filter; dates are whole UTC days, inclusive. Both
 * engines store `created_at` as ISO 8601 UTC text, so both compare and sort it the same way.
 */
export function whereFeedback({ article, from, to, kind, spam = 'exclude' }: FeedbackFilter, dialect: SqlDialect) {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(dialect.placeholder(params.length)));
  };
  if (article) add((p) => `article_slug = ${p}`, article);
  if (from) add((p) => `created_at >= ${p}`, `${from}T00:00:00.000Z`);
  if (to) add((p) => `created_at < ${p}`, new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS).toISOString());
  if (kind) add((p) => `kind = ${p}`, kind);
  if (spam !== 'include') clauses.push(dialect.is(IS_SPAM, spam === 'only'));
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
