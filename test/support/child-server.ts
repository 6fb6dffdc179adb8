import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export type ChildServer = { process: ChildProcess; url: string; output(): string };

/** Starts test/support/api-server-process.ts in its own Node process and waits until it listens. */
export function startChildServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/support/api-server-process.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      LOG_LEVEL: 'warn',
      FEEDBACK_RATE_LIMIT: '1000000',
      DATA_DIR: dataDir,
      CONTENT_DIR: path.join(root, 'content'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/[\d.:]+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ process: child, url, output: () => output });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export function killHard(server: ChildServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGKILL');
  });
}

/**
 * POSTs a valid rating, as the browser would after reading for a while. The body depends only on the
 * key, so calling again with the same key is a true retry of the same submission.
 */
export function postRating(baseUrl: string, slug: string, key: string = randomUUID(), signal?: AbortSignal) {
  return fetch(`${baseUrl}/api/articles/${slug}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      idempotencyKey: key,
      kind: 'rating',
      helpful: true,
      reasons: ['Clear'],
      timeOnPageMs: 9_000,
    }),
    signal,
  });
}
