import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_ENTRY = path.join(ROOT, 'dist/server/main.js');
export const SEED_CONTENT_DIR = path.join(ROOT, 'content');
/** The server's own start-up path from source, without pages: for tests that need no build. */
const SOURCE_ENTRY = path.join(ROOT, 'test/support/api-server-process.ts');
/** The line `listen` prints (src/server/listen.ts); the port in it is the one the OS picked. */
const READY = /Broadsheet is running at (http:\/\/[\w.:[\]-]+)/;
/** How long `stop` waits after SIGTERM before SIGKILL (the server cuts what is left after SHUTDOWN_GRACE_MS, 2 s). */
const KILL_TIMEOUT_MS = 10_000;

export type SpawnOptions = {
  /** `built` (default): dist/server/main.js as `npm run serve` runs it; `source`: no pages, no build needed. */
  entry?: 'built' | 'source';
  contentDir?: string;
  /** Reuse a data directory (to restart over the same database); by default a fresh one, removed by `dispose`. */
  dataDir?: string;
  /** Extra environment (FEEDBACK_RATE_LIMIT, BENCH_ROUTES…). */
  env?: Record<string, string>;
  /** Unset: the server's own default (info), as `npm run serve` runs it. */
  logLevel?: string;
  startTimeoutMs?: number;
};

export type SpawnedServer = {
  process: ChildProcess;
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Absolute URL for a path on this server. */
  at(pathname: string): string;
  pid: number;
  /** Spawn to the ready line. */
  startMs: number;
  dataDir: string;
  /** Everything the server printed (stdout and stderr go to one file, not a pipe, so reading costs it nothing). */
  output(): string;
  /** Log lines at level error or above written since the last call. */
  takeErrors(): string[];
  /** Resident set size now, from /proc/<pid>/status (MiB). */
  rssMiB(): number;
  /** Resolves with the exit code once the process has gone. */
  exited: Promise<number | null>;
  /** SIGKILL, as a crash would, wait, and remove what was created for this server (not a `dataDir` passed in). */
  kill(): Promise<void>;
  /** SIGTERM and wait (SIGKILL after 10 s). The data dir stays until `dispose`. */
  stop(): Promise<void>;
  /** `stop`, then remove what was created for this server. */
  dispose(): Promise<void>;
};

/**
 * One server in its own process on a free port (PORT=0: the OS picks, the ready line says which), so two runs
 * never race for one. Only what the server needs is in its environment: nothing from the developer's shell leaks in.
 */
export async function spawnServer({
  entry = 'built',
  contentDir = SEED_CONTENT_DIR,
  dataDir,
  env = {},
  logLevel,
  startTimeoutMs = 180_000,
}: SpawnOptions = {}): Promise<SpawnedServer> {
  if (entry === 'built' && !existsSync(SERVER_ENTRY))
    throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-server-'));
  const data = dataDir ?? path.join(scratch, 'data');
  const logFile = path.join(scratch, 'server.log');
  const logFd = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, entry === 'built' ? [SERVER_ENTRY] : ['--import', 'tsx', SOURCE_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATA_DIR: data,
      CONTENT_DIR: contentDir,
      ...(logLevel ? { LOG_LEVEL: logLevel } : {}),
      ...env,
    },
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const running = () => child.exitCode === null && child.signalCode === null;
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  // If this process dies without stopping the server, don't leave it (or its files) behind.
  const killOnExit = () => {
    if (running()) child.kill('SIGKILL');
    removeScratch();
  };
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  const url = await waitForReadyLine(logFile, child, startTimeoutMs, started).catch(async (error: unknown) => {
    if (running()) child.kill('SIGKILL');
    await exited;
    process.off('exit', killOnExit);
    removeScratch();
    throw error;
  });
  const startMs = performance.now() - started;

  let errorsRead = 0;
  const stop = async () => {
    if (running()) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
  };
  return {
    process: child,
    url,
    at: (pathname) => new URL(pathname, `${url}/`).href,
    pid: child.pid as number,
    startMs,
    dataDir: data,
    output,
    takeErrors() {
      const errors = output().split('\n').filter(isErrorLogLine);
      return errors.slice(errorsRead, (errorsRead = errors.length));
    },
    rssMiB() {
      const kB = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (!kB) throw new Error(`No VmRSS for pid ${child.pid}`);
      return Number(kB) / 1024;
    },
    exited,
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
      process.off('exit', killOnExit);
      removeScratch();
    },
    stop,
    async dispose() {
      await stop();
      process.off('exit', killOnExit);
      removeScratch();
    },
  };
}

/** Polled every 2 ms: start time is measured to that resolution, and the server never waits on a reader. */
function waitForReadyLine(logFile: string, child: ChildProcess, timeoutMs: number, started: number) {
  return new Promise<string>((resolve, reject) => {
    const fd = openSync(logFile, 'r');
    const buffer = Buffer.alloc(64 * 1024);
    let text = '';
    let position = 0;
    const done = () => {
      clearInterval(poll);
      closeSync(fd);
    };
    const fail = (message: string) => {
      done();
      reject(new Error(`${message}:\n${text.slice(-4000)}`));
    };
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
      if (ready?.[1]) {
        done();
        resolve(ready[1]);
      } else if (child.exitCode !== null || child.signalCode !== null) fail('The server exited before it was ready');
      else if (performance.now() - started > timeoutMs) fail(`The server was not ready within ${timeoutMs} ms`);
    }, 2);
  });
}

function isErrorLogLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const { level } = JSON.parse(line) as { level?: unknown };
    return typeof level === 'number' && level >= 50;
  } catch {
    return false;
  }
}
