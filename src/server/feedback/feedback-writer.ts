import { StoreUnavailableError, type FeedbackKeyRecord, type NewFeedback, type Store } from '../store/store';

type Pending = { item: NewFeedback; resolve(record: FeedbackKeyRecord): void; reject(error: unknown): void };

/**
 * Group commit: submissions that arrive in the same turn of the event loop are written in one
 * transaction, so one fsync acknowledges them all. Nobody is answered before their row is durable.
 */
export class FeedbackWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};

  constructor(private readonly store: Store) {}

  write(item: NewFeedback): Promise<FeedbackKeyRecord> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.idle = new Promise((done) => (this.markIdle = done));
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once everything queued so far is written (for a graceful shutdown). */
  drained(): Promise<void> {
    return this.idle;
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    try {
      const records = this.store.addFeedback(batch.map((p) => p.item));
      batch.forEach((pending, i) => pending.resolve(records[i] as FeedbackKeyRecord));
    } catch (error) {
      const failure = error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
      for (const pending of batch) pending.reject(failure);
    } finally {
      if (!this.scheduled) this.markIdle();
    }
  }
}
