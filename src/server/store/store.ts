/** The only way the server reaches durable state: SQLite by default, PostgreSQL with DATABASE_URL. */
export type TrendingRow = { slug: string; views: number };

export type NewFeedback = {
  publicId: string;
  idempotencyKey: string;
  bodyHash: string;
  articleSlug: string;
  kind: 'rating' | 'error-report';
  helpful: boolean | null;
  reasons: string[];
  comment: string | null;
  category: string | null;
  spamReason: string | null;
  /** Same reader, article, kind and comment → same key (null without a comment); see `addFeedback`. */
  duplicateKey: string | null;
  createdAt: string;
};

/** What a key is bound to: enough to tell a replay from a different body. */
export type FeedbackKeyRecord = { publicId: string; bodyHash: string };

/** How a write ended. `replayed` carries the stored body hash, so a different body under the key can be told. */
export type AddFeedbackResult =
  | { status: 'created'; publicId: string }
  | ({ status: 'replayed' } & FeedbackKeyRecord)
  | { status: 'duplicate'; publicId: string };

export type StoredFeedback = Omit<NewFeedback, 'idempotencyKey' | 'bodyHash' | 'spamReason' | 'duplicateKey'> & {
  spam: boolean;
};

/** Which items a selection holds: the default leaves suspected spam out; `only` is the editor's spam view. */
export type SpamView = 'exclude' | 'include' | 'only';

export type FeedbackFilter = {
  article?: string;
  /** Inclusive ISO dates (YYYY-MM-DD), UTC. */
  from?: string;
  to?: string;
  kind?: NewFeedback['kind'];
  spam?: SpamView;
};

/** Ratings on one UTC day, for the charts. */
export type DailyRatings = { day: string; yes: number; no: number };

/** How often readers gave one reason with one answer ("Something else" is a reason for both). */
export type ReasonCount = { answer: 'yes' | 'no'; reason: string; count: number };

export type FeedbackTally = {
  articleSlug: string;
  yes: number;
  no: number;
  errorReports: number;
  reasons: Record<string, number>;
};

/**
 * Asynchronous because PostgreSQL is a network away; the SQLite implementation answers from the same turn it is
 * asked in (better-sqlite3 is synchronous), so its behaviour under a lock (fail at once, 503) is unchanged.
 */
export interface Store {
  recordView(slug: string, at?: Date): Promise<void>;
  /** Most-viewed slugs over the `days` days up to `now`, most first. */
  trending(options: { days: number; limit: number; now?: Date }): Promise<TrendingRow[]>;
  /**
   * Stores a batch in one transaction (one fsync for all), in order. A key already stored writes nothing (the
   * unique index decides, so a retry can never make a second row, whichever instance it reaches); nor does an
   * item whose `duplicateKey` was stored under another key within `duplicateWindowMs` before its `createdAt`.
   */
  addFeedback(items: NewFeedback[], duplicateWindowMs: number): Promise<AddFeedbackResult[]>;
  findFeedbackKey(idempotencyKey: string): Promise<FeedbackKeyRecord | undefined>;
  /** Newest first. */
  listFeedback(filter: FeedbackFilter & { limit?: number }): Promise<StoredFeedback[]>;
  /** Newest first, a few rows at a time: for exports of any size in constant memory. */
  iterateFeedback(filter: FeedbackFilter): AsyncIterable<StoredFeedback>;
  tallyFeedback(filter: FeedbackFilter): Promise<FeedbackTally[]>;
  /** How many items the filter's selection holds back as suspected spam. */
  countSpam(filter: Omit<FeedbackFilter, 'spam'>): Promise<number>;
  dailyRatings(filter: FeedbackFilter): Promise<DailyRatings[]>;
  /** Reasons given with ratings, most given first (then No before Yes, then by name). */
  reasonCounts(filter: FeedbackFilter): Promise<ReasonCount[]>;
  /** An editor's verdict overrides the spam signals; false when there is no such item. */
  markSpam(publicId: string, spam: boolean): Promise<boolean>;
  /** Retention: removes the comments of items created before `before` (ISO); the items and counts stay. */
  forgetCommentsBefore(before: string): Promise<number>;
  /** Editor sessions by the hash of their cookie value; `expiresAt` in epoch ms. */
  addSession(idHash: string, expiresAt: number, now?: number): Promise<void>;
  sessionExpiry(idHash: string): Promise<number | undefined>;
  deleteSession(idHash: string): Promise<void>;
  close(): Promise<void>;
}

/** What editors read and decide: selections, tallies, spam verdicts and retention (sessions are stored apart). */
export type EditorQueries = Pick<
  Store,
  | 'listFeedback'
  | 'iterateFeedback'
  | 'tallyFeedback'
  | 'countSpam'
  | 'dailyRatings'
  | 'reasonCounts'
  | 'markSpam'
  | 'forgetCommentsBefore'
>;

/** The store cannot write (disk full, read-only, not open): callers answer 503 and nothing is acknowledged. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The store cannot write', { cause });
    this.name = 'StoreUnavailableError';
  }
}
