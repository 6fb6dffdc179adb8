import type { Store } from '../store/store';

/** How often the job looks for comments past the retention period. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** The moment `months` calendar months before `now` (UTC): comments created earlier are past retention. */
export function retentionCutoff(now: Date, months: number): string {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

type RetentionOptions = {
  store: Store;
  months: number;
  now?: () => Date;
  onForgotten?: (count: number, cutoff: string) => void;
  onError?: (error: unknown) => void;
};

/**
 * Removes comments older than the retention period, once now and then every hour. Only the comment text goes:
 * the item (its rating, reasons and category) stays, so every count and chart is unchanged.
 */
export function scheduleCommentRetention({
  store,
  months,
  now = () => new Date(),
  onForgotten = () => {},
  onError = () => {},
}: RetentionOptions): () => void {
  const run = async () => {
    try {
      const cutoff = retentionCutoff(now(), months);
      const count = await store.forgetCommentsBefore(cutoff);
      if (count > 0) onForgotten(count, cutoff);
    } catch (error) {
      // A store that cannot write now is retried on the next run.
      onError(error);
    }
  };
  void run();
  const timer = setInterval(() => void run(), RETENTION_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
