import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Everything the bench creates is registered here, so it is undone on success, on an error, on Ctrl-C and
// (for what can be undone synchronously) even on an unexpected exit. Servers clean up after themselves on exit.
const dirs = new Set<string>();
const tasks = new Set<() => Promise<unknown> | unknown>();

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `broadsheet-bench-${prefix}-`));
  dirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** An asynchronous undo (closing Chromium): run by `cleanUp`, most recent first. */
export function onCleanUp(task: () => Promise<unknown> | unknown): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

function removeDirs(): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

export async function cleanUp(): Promise<void> {
  for (const task of [...tasks].reverse()) {
    try {
      await task();
    } catch {
      // Best effort: the next step still runs.
    }
  }
  tasks.clear();
  removeDirs();
}

let installed = false;
/** Ctrl-C / SIGTERM: undo everything, then exit 130 / 143. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  process.once('exit', removeDirs);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping servers and removing temp dirs…`);
      void cleanUp().finally(() => process.exit(code));
    });
  }
}
