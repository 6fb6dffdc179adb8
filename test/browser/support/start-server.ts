import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const serverEntry = path.join(root, 'dist/server/main.js');
const READY = /Broadsheet is running at (http:\/\/\S+)/;
const START_TIMEOUT_MS = 20_000;

export type RunningServer = {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Absolute URL for a path on this server. */
  at(pathname: string): string;
  /** Log lines the server wrote at level error or above (pino JSON on stdout). */
  errors: string[];
  stop(): Promise<void>;
};

/**
 * The built production server (`npm run build` first), as `npm run serve` starts it: its own
 * process, a fresh SQLite file in a temp dir, the repo's content. PORT=0 lets the OS pick a free
 * port, which the server prints in its ready line, so two runs never race for one.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run \`npm run build\` first`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-browser-'));
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    // Only what the server needs, so nothing from the developer's shell (tokens, ports) leaks in.
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CONTENT_DIR: path.join(root, 'content'),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // If the test process dies without running afterAll, don't leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const output: string[] = [];
  const errors: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const ready = new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${reason}\n--- server output ---\n${output.join('')}`));
    };
    const timer = setTimeout(() => fail(`The server did not start within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const ready = READY.exec(line);
        if (ready?.[1] && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve(ready[1]);
        }
        if (isErrorLogLine(line)) errors.push(line);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.once('error', (error) => fail(`Could not start the server: ${error.message}`));
    child.once('exit', (code, signal) => fail(`The server exited early (code ${code}, signal ${signal})`));
  });

  let url: string;
  try {
    url = await ready;
  } catch (error) {
    process.off('exit', killOnExit);
    if (child.pid !== undefined) await exited;
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    at: (pathname) => new URL(pathname, url).href,
    errors,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timeout);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
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
