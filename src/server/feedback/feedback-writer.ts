import { StoreUnavailableError, type AddFeedbackResult, type NewFeedback, type Store } from '../store/store';

type Pending = { item: NewFeedback; resolve(result: AddFeedbackResult): void; reject(error: unknown): void };

/**
 * Group commit: submissions that arrive while the previous batch is being written (or in the same turn of the
 * event loop) are written in one transaction, so one fsync acknowledges them all (a write per request measured
 * at a quarter of the throughput, docs/performance.md). Nobody is answered before their row is durable. Batches
 * run one after another, and the unique index decides every key inside them, so a concurrent retry is a replay,
 * never a row.
 */
export class FeedbackWriter {
  private queue: Pending[] = [];
  private writing = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};

  constructor(
    private readonly store: Store,
    private readonly duplicateWindowMs: number,
  ) {}

  write(item: NewFeedback): Promise<AddFeedbackResult> {
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0 && !this.writing) {
        this.idle = new Promise((done) => (this.markIdle = done));
        this.writing = true;
        setImmediate(() => void this.flush());
      }
      this.queue.push({ item, resolve, reject });
    });
  }

  /** Resolves once everything queued so far is written (for a graceful shutdown). */
  drained(): Promise<void> {
    return this.idle;
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const results = await this.store.addFeedback(
          batch.map((p) => p.item),
          this.duplicateWindowMs,
        );
        batch.forEach((pending, i) => pending.resolve(results[i] as AddFeedbackResult));
      } catch (error) {
        const failure = error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
        for (const pending of batch) pending.reject(failure);
      }
    }
    this.writing = false;
    this.markIdle();
  }
}
