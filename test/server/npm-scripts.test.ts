import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY } from '../support/spawn-server';

// `npm run serve` under a process manager: the signal it sends npm must reach the server, so that a
// stop is a graceful shutdown and never leaves node serving on its own.

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-npm-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const childrenOf = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm run serve', () => {
  it(
    'runs node itself under npm, so SIGTERM to npm shuts the server down gracefully',
    { timeout: 60_000 },
    async () => {
      if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
      const npm = spawn('npm', ['run', 'serve'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(scratch, 'data') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise<number | null>((resolve) => npm.once('exit', resolve));
      const url = await new Promise<string>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /Broadsheet is running at (http:\/\/\S+)\//.exec(output);
          if (ready?.[1]) resolve(ready[1]);
        };
        npm.stdout.on('data', read);
        npm.stderr.on('data', read);
        npm.once('exit', () => reject(new Error(`npm exited before the server was ready:\n${output}`)));
      });
      const [server] = childrenOf(npm.pid as number);
      try {
        // Not a shell between them: a shell would take the signal and leave node running.
        expect(readFileSync(`/proc/${server}/comm`, 'utf8').trim()).toBe('node');
        expect((await fetch(`${url}/api/publication`)).status).toBe(200);

        npm.kill('SIGTERM');
        await exited;
        await expect.poll(() => isRunning(server as number), { timeout: 10_000, interval: 20 }).toBe(false);
        expect(output).toContain('SIGTERM received, shutting down');
      } finally {
        if (server && isRunning(server)) process.kill(server, 'SIGKILL');
      }
    },
  );
});
