import type { Config } from '../config';
import { loadContent } from '../content/load-content';
import { openPostgresStore } from '../store/postgres/postgres-store';
import { openSqliteStore } from '../store/sqlite-store';
import type { Store } from '../store/store';
import { buildDigest, type Digest } from './build-digest';
import { formatDigest } from './format-digest';
import { postDigest } from './post-digest';

const DAY_MS = 86_400_000;

/** The UTC day before the one `now` falls on. */
export const yesterday = (now: number) => new Date(now - DAY_MS).toISOString().slice(0, 10);

export type DigestRun = {
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'contentDir' | 'digestUrl'>;
  /** The day to report; by default yesterday by `now`. */
  day?: string;
  now?: () => number;
  /** Where the text goes (stdout in `npm run feedback:digest`). */
  write: (text: string) => void;
};

/**
 * Reads one day's feedback from the server's own database (DATA_DIR's SQLite file, or DATABASE_URL), prints it,
 * and POSTs it as JSON to FEEDBACK_DIGEST_URL when set. Only reads: it runs beside a serving server.
 */
export async function runDigest({ config, day, now = Date.now, write }: DigestRun): Promise<Digest> {
  const store: Store = config.databaseUrl
    ? await openPostgresStore(config.databaseUrl)
    : openSqliteStore(config.dataDir);
  try {
    const loaded = await loadContent(config.contentDir);
    const headlines = new Map(loaded.summaries().map((a) => [a.slug, a.headline]));
    const digest = await buildDigest(store, day ?? yesterday(now()), (slug) => headlines.get(slug) ?? null);
    write(formatDigest(digest));
    if (config.digestUrl) {
      await postDigest(config.digestUrl, digest);
      write(`Posted to ${new URL(config.digestUrl).origin}\n`);
    }
    return digest;
  } finally {
    await store.close();
  }
}
