/** The only way the server reaches durable state; SQLite stands behind it today. */
export type TrendingRow = { slug: string; views: number };

export interface Store {
  recordView(slug: string, at?: Date): void;
  /** Most-viewed slugs over the `days` days up to `now`, most first. */
  trending(options: { days: number; limit: number; now?: Date }): TrendingRow[];
  close(): void;
}
