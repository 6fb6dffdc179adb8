import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const LOCK_FILE = 'server.lock';

/** Another server already serves from this data directory. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `Another Broadsheet server is already using the data directory ${dataDir}: stop it, or give this one its own DATA_DIR`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * One server per data directory: two would take turns holding SQLite's write lock and answer 503 to each other.
 * The lock is an exclusive SQLite transaction on a file of its own, never committed: the operating system drops
 * it when the process ends however it ends (SIGKILL included), so there is no stale lock to clean up.
 * Undefined when the directory cannot be written at all: the store reports that itself and the server still
 * starts (writes answer 503 until it can).
 */
export function lockDataDir(dataDir: string): { release(): void } | undefined {
  let db: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = path.join(dataDir, LOCK_FILE);
    closeSync(openSync(file, 'a', 0o600));
    db = new Database(file, { timeout: 0 });
  } catch {
    return undefined;
  }
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirInUseError(dataDir);
    return undefined;
  }
  return { release: () => db.close() };
}
