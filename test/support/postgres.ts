import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';
const USER = 'broadsheet';

export type PostgresCluster = {
  port: number;
  /** A new empty database on this cluster, as a DATABASE_URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown: connections are cut), keeping its files: PostgreSQL is "down". */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it and removes everything. */
  destroy(): Promise<void>;
};

/**
 * A throwaway PostgreSQL 15 cluster (Debian's binaries) in a temp dir, on a free loopback port, its socket in the
 * same dir: no Docker, no system service. PostgreSQL refuses to run as root, so as root the binaries run as the
 * `postgres` user, who is given the directory. Trust authentication: only this machine's loopback reaches it.
 */
export async function startPostgresCluster({ fsync = false }: { fsync?: boolean } = {}): Promise<PostgresCluster> {
  await access(path.join(BIN, 'initdb')).catch(() => {
    throw new Error(`${BIN}/initdb is missing: apt-get install -y postgresql (no service is needed)`);
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-pg-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', cleanUp);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = await postgresIds();
    chownSync(dir, uid, gid);
  }
  const as = (bin: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args]) : run(path.join(BIN, bin), args);
  const data = path.join(dir, 'data');
  await as('initdb', ['-D', data, '-U', USER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", `-c fsync=${fsync ? 'on' : 'off'}`];
  const start = async () => {
    await as('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options.join(' '), '-w', 'start']);
  };
  const stop = async () => {
    await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  let running = true;
  return {
    port,
    async createDatabase() {
      const name = `test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://${USER}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await stop();
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      process.off('exit', cleanUp);
      cleanUp();
    },
  };
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all(
    ['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout)),
  );
  return { uid: uid as number, gid: gid as number };
}
