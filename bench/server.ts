import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, removeTempDir, trackChild } from './cleanup';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SERVER_ENTRY = path.join(ROOT, 'dist/server/main.js');
export const SEED_CONTENT_DIR = path.join(ROOT, 'content');
const READY = /Broadsheet is running at (http:\/\/\S+?)\/?\s/;

export type ServerOptions = {
  contentDir?: string;
  /** Extra environment (FEEDBACK_RATE_LIMIT, BENCH_ROUTES…). */
  env?: Record<string, string>;
  /** Unset: the server's own default (info), as `npm run serve` runs it. */
  logLevel?: string;
  startTimeoutMs?: number;
};

export type BenchServer = {
  /** Base URL without a trailing slash. */
  url: string;
  pid: number;
  /** Spawn to the "Broadsheet is running" line. */
  startMs: number;
  dataDir: string;
  /** Resident set size now, from /proc/<pid>/status (MiB). */
  rssMiB(): number;
  /** Everything the server printed (stdout and stderr go to one file, not a pipe, so reading costs it nothing). */
  output(): string;
  /** SIGTERM and wait (SIGKILL after 10 s). The data dir stays until `dispose`. */
  stop(): Promise<void>;
  dispose(): Promise<void>;
};

/** `node dist/server/main.js` on a free port with a fresh DATA_DIR, as `npm run serve` runs it. */
export async function startServer({
  contentDir = SEED_CONTENT_DIR,
  env = {},
  logLevel,
  startTimeoutMs = 180_000,
}: ServerOptions = {}): Promise<BenchServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  const dataDir = makeTempDir('data');
  const logFile = path.join(dataDir, 'server.log');
  const logFd = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATA_DIR: path.join(dataDir, 'db'),
      CONTENT_DIR: contentDir,
      ...(logLevel ? { LOG_LEVEL: logLevel } : {}),
      ...env,
    },
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const untrack = trackChild(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  const url = await new Promise<string>((resolve, reject) => {
    const fd = openSync(logFile, 'r');
    const buffer = Buffer.alloc(64 * 1024);
    let text = '';
    let position = 0;
    const finish = (error?: Error, found?: string) => {
      clearInterval(poll);
      closeSync(fd);
      if (error) reject(error);
      else resolve(found as string);
    };
    // Polled every 2 ms: start time is measured to that resolution, and the server never waits on a reader.
    const poll = setInterval(() => {
      for (
        let n = readSync(fd, buffer, 0, buffer.length, position);
        n > 0;
        n = readSync(fd, buffer, 0, buffer.length, position)
      ) {
        position += n;
        text += buffer.toString('utf8', 0, n);
      }
      const ready = READY.exec(text);
      if (ready?.[1]) return finish(undefined, ready[1]);
      if (child.exitCode !== null || child.signalCode !== null)
        return finish(new Error(`The server exited before it was ready:\n${text.slice(-4000)}`));
      if (performance.now() - started > startTimeoutMs) {
        child.kill('SIGKILL');
        finish(new Error(`The server was not ready within ${startTimeoutMs} ms:\n${text.slice(-4000)}`));
      }
    }, 2);
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    untrack();
    removeTempDir(dataDir);
    throw error;
  });
  const startMs = performance.now() - started;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    untrack();
  };
  return {
    url,
    pid: child.pid as number,
    startMs,
    dataDir: path.join(dataDir, 'db'),
    rssMiB: () => {
      const kB = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (!kB) throw new Error(`No VmRSS for pid ${child.pid}`);
      return Number(kB) / 1024;
    },
    output,
    stop,
    dispose: async () => {
      await stop();
      removeTempDir(dataDir);
    },
  };
}
