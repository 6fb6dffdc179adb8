import type { StoreEvents } from './resilient-store';

export type StoreLog = (level: 'error' | 'info', message: string, details?: { cause: string }) => void;

/** "SQLITE_FULL: database or disk is full": what an operator needs, without a stack trace per request. */
export function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code } = error as { code?: unknown };
  const own = typeof code === 'string' && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  return error.cause === undefined ? own : `${own} (${describeCause(error.cause)})`;
}

/**
 * One line when the database stops working, naming where it is (the SQLite folder, or PostgreSQL's host and
 * database, never its password) and the cause; one when it works again.
 */
export function storeEventsLog(dataDir: string, log: StoreLog): StoreEvents {
  return {
    unavailable(error, doing) {
      const what = doing === 'opening' ? 'Cannot open the database' : 'Cannot write to the database';
      log('error', `${what} in ${dataDir}: feedback and views answer 503 until it works again (retrying)`, {
        cause: describeCause(error),
      });
    },
    recovered() {
      log('info', `Database in ${dataDir} works again`);
    },
  };
}
