import http from 'node:http';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { spawnServer, type SpawnedServer } from '../support/spawn-server';

// A rollout sends SIGTERM: what the server was already answering must finish, idle keep-alive connections
// must not hold the exit back, and nothing half-done may turn into an error for a reader.

let server: SpawnedServer | undefined;
afterEach(async () => server?.dispose());

const start = async () =>
  (server = await spawnServer({ entry: 'source', logLevel: 'info', env: { FEEDBACK_RATE_LIMIT: '1000000' } }));

/** Resolves once the server has logged `count` incoming requests: it is then answering them. */
async function receivedRequests(spawned: SpawnedServer, count: number): Promise<void> {
  await expect
    .poll(
      () =>
        spawned
          .output()
          .split('\n')
          .filter((line) => line.includes('"incoming request"')).length,
      {
        timeout: 10_000,
        interval: 5,
      },
    )
    .toBeGreaterThanOrEqual(count);
}

/** A feedback POST whose last byte is held back: the server is mid-request until `finish` is called. */
function halfSentFeedback(url: string) {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({
    idempotencyKey: randomUUID(),
    kind: 'rating',
    helpful: true,
    reasons: ['Clear'],
    timeOnPageMs: 9_000,
  });
  const socket = net.connect(Number(port), hostname);
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (answer += chunk));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  socket.write(
    `POST /api/articles/${SEED_SLUG}/feedback HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, -1)}`,
  );
  return {
    finish() {
      socket.end(body.slice(-1));
      return closed.then((raw) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 'NaN'));
    },
  };
}

describe('SIGTERM', () => {
  it('completes with 2xx every request the server was already answering', { timeout: 30_000 }, async () => {
    const spawned = await start();
    const pending = Array.from({ length: 10 }, () => halfSentFeedback(spawned.url));
    await receivedRequests(spawned, pending.length);

    spawned.process.kill('SIGTERM');
    await expect.poll(() => spawned.output(), { timeout: 10_000, interval: 5 }).toContain('SIGTERM received');
    const statuses = await Promise.all(pending.map((request) => request.finish()));

    expect(statuses).toEqual(pending.map(() => 201));
    expect(await spawned.exited).toBe(0);
  });

  it('exits at once with idle keep-alive connections open', { timeout: 30_000 }, async () => {
    const spawned = await start();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const get = () =>
      new Promise<number>((resolve, reject) =>
        http
          .get(spawned.at('/api/publication'), { agent }, (res) =>
            res.resume().on('end', () => resolve(res.statusCode ?? 0)),
          )
          .on('error', reject),
      );
    expect(await Promise.all(Array.from({ length: 8 }, get))).toEqual(Array(8).fill(200));
    expect(agent.sockets).toEqual({});
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(8);

    const signalled = performance.now();
    spawned.process.kill('SIGTERM');
    expect(await spawned.exited).toBe(0);
    // Keep-alive lasts 10 s; a server waiting for idle sockets would take that long.
    expect(performance.now() - signalled).toBeLessThan(2_000);
    agent.destroy();
  });

  it(
    'cuts a request still open after the grace period, so a stalled client cannot hold the exit',
    { timeout: 30_000 },
    async () => {
      const spawned = (server = await spawnServer({
        entry: 'source',
        logLevel: 'info',
        env: { SHUTDOWN_GRACE_MS: '300' },
      }));
      const stalled = halfSentFeedback(spawned.url);
      await receivedRequests(spawned, 1);

      spawned.process.kill('SIGTERM');
      expect(await spawned.exited).toBe(0);
      expect(spawned.output()).toContain('Requests still open 300 ms after the signal');
      expect(await stalled.finish()).toBeNaN();
    },
  );
});
