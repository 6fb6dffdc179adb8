/** The only way the server reaches durable state; SQLite stands behind it today. */
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

export type FeedbackFilter = {
  article?: string;
  /** Inclusive ISO dates (YYYY-MM-DD), UTC. */
  from?: string;
  to?: string;
  includeSpam?: boolean;
};

export type FeedbackTally = {
  articleSlug: string;
  yes: number;
  no: number;
  errorReports: number;
  reasons: Record<string, number>;
};

export interface Store {
  recordView(slug: string, at?: Date): void;
  /** Most-viewed slugs over the `days` days up to `now`, most first. */
  trending(options: { days: number; limit: number; now?: Date }): TrendingRow[];
  /**
   * Stores a batch in one transaction (one fsync for all), in order. A key already stored writes nothing (the
   * unique index decides, so a retry can never make a second row); nor does an item whose `duplicateKey` was
   * stored under another key within `duplicateWindowMs` before its `createdAt`.
   */
  addFeedback(items: NewFeedback[], duplicateWindowMs: number): AddFeedbackResult[];
  findFeedbackKey(idempotencyKey: string): FeedbackKeyRecord | undefined;
  /** Newest first. */
  listFeedback(filter: FeedbackFilter & { limit?: number }): StoredFeedback[];
  tallyFeedback(filter: FeedbackFilter): FeedbackTally[];
  close(): void;
}

/** The store cannot write (disk full, read-only, not open): callers answer 503 and nothing is acknowledged. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The store cannot write', { cause });
    this.name = 'StoreUnavailableError';
  }
}
