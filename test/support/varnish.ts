import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

const VARNISHD = '/usr/sbin/varnishd';
export const SHIPPED_VCL = path.resolve(import.meta.dirname, '../../deploy/varnish/default.vcl');
/** The backends the shipped file names; a test puts its own instances' ports in their place. */
const SHIPPED_PORTS = ['3001', '3002'] as const;
/** What varnishd prints once its worker process can take requests. */
const READY = /Child \(\d+\) said Child starts/;

export type Varnish = {
  /** Base URL without a trailing slash. */
  url: string;
  /** Everything varnishd printed. */
  output(): string;
  stop(): Promise<void>;
};

/** The shipped VCL with its two backends pointed at these ports (instance 1, instance 2). */
export function vclFor(backendPorts: readonly [number, number]): string {
  let vcl = readFileSync(SHIPPED_VCL, 'utf8');
  SHIPPED_PORTS.forEach((shipped, i) => {
    const line = `.port = "${shipped}";`;
    if (!vcl.includes(line)) throw new Error(`${SHIPPED_VCL} no longer names a backend on port ${shipped}`);
    vcl = vcl.replace(line, `.port = "${backendPorts[i]}";`);
  });
  return vcl;
}

/**
 * `varnishd` in the foreground in a scratch working directory, running the shipped VCL in front of the given
 * ports, on `port` (a free loopback port by default: the instances may need it first, to purge), with no
 * management port. As root, `-j none`: no jail, so no separate user
 * needs to read the scratch directory. Ready when the worker process says it starts.
 */
export async function startVarnish(
  backendPorts: readonly [number, number],
  { port: given, timeoutMs = 60_000 }: { port?: number; timeoutMs?: number } = {},
): Promise<Varnish> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-varnish-'));
  const vclFile = path.join(scratch, 'default.vcl');
  writeFileSync(vclFile, vclFor(backendPorts));
  const port = given ?? (await freePort());
  const args = ['-F', '-n', path.join(scratch, 'work'), '-a', `127.0.0.1:${port}`, '-T', 'none', '-f', vclFile];
  args.push('-s', 'malloc,64m');
  if (process.getuid?.() === 0) args.push('-j', 'none');
  const child = spawn(VARNISHD, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = once(child, 'exit');
  const cleanUp = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    process.off('exit', cleanUp);
    cleanUp();
  };
  await new Promise<void>((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => fail(`varnishd was not ready within ${timeoutMs} ms`), timeoutMs);
    const fail = (message: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${message}:\n${text}`)));
    };
    const hear = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (!ready && READY.test(text)) {
        ready = true;
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', hear);
    child.stderr.on('data', hear);
    child.once('error', (error) => fail(`${VARNISHD} could not start (apt-get install -y varnish): ${error.message}`));
    child.once('exit', () => {
      if (!ready) fail('varnishd exited before it was ready');
    });
  });
  return { url: `http://127.0.0.1:${port}`, output: () => text, stop };
}
