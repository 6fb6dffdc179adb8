// `npm run soak`: the long versions of the fault and load checks. Prints counts; exits 1 on any loss.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { postRating, startApiServer } from '../support/child-server';
import { fuzzRequest, toHeaders } from './http-fuzz';
import { startPostgresCluster } from '../support/postgres';
import { instanceKillSoak } from './instance-kill';
import { killRestartSoak } from './kill-restart';
import type { SoakCounts } from './retrying-clients';

const SLUG = 'trump-petro-white-house-meeting';
const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-soak-'));
let failed = false;
const check = (ok: boolean, line: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
  if (!ok) failed = true;
};

function reportSoak(counts: SoakCounts) {
  console.log(
    `   sent ${counts.sent}, acknowledged ${counts.acknowledged}, stored ${counts.stored}, duplicates ${counts.duplicates}, lost ${counts.lost}`,
  );
  check(
    counts.duplicates === 0 && counts.lost === 0 && counts.acknowledged === counts.sent,
    'every acknowledged submission stored exactly once',
  );
}

try {
  console.log('1. SIGKILL and restart under concurrent feedback (8 restarts, 24 clients)…');
  const counts = await killRestartSoak({
    dataDir: path.join(scratch, 'kill'),
    restarts: 8,
    clients: 24,
    acksPerRound: 300,
    slug: SLUG,
  });
  reportSoak(counts);

  console.log('1b. Two instances over one PostgreSQL, one SIGKILLed and replaced 8 times (24 clients over both)…');
  const cluster = await startPostgresCluster({ fsync: true });
  try {
    reportSoak(
      await instanceKillSoak({
        databaseUrl: await cluster.createDatabase(),
        kills: 8,
        clients: 24,
        acksPerRound: 300,
        slug: SLUG,
      }),
    );
  } finally {
    await cluster.destroy();
  }

  console.log('2. A data directory that cannot be written…');
  const blocker = path.join(scratch, 'file');
  writeFileSync(blocker, '');
  const readOnly = await startApiServer(path.join(blocker, 'data'));
  const post = await postRating(readOnly.url, SLUG);
  const read = await fetch(`${readOnly.url}/api/articles/${SLUG}`);
  await readOnly.kill();
  check(post.status === 503 && read.status === 200, `writes answer ${post.status}, reads answer ${read.status}`);

  console.log('3. 10,000 random requests over HTTP…');
  const server = await startApiServer(path.join(scratch, 'fuzz'));
  const statuses = new Map<number, number>();
  let fiveHundreds = 0;
  const samples = fc.sample(fuzzRequest, 10_000);
  for (const request of samples) {
    const res = await fetch(`${server.url}${request.url.startsWith('/') ? request.url : `/${request.url}`}`, {
      method: request.method,
      headers: toHeaders(request),
      ...(request.body !== undefined && !['GET', 'HEAD'].includes(request.method) ? { body: request.body } : {}),
    }).catch(() => undefined);
    const status = res?.status ?? 0;
    await res?.arrayBuffer().catch(() => undefined);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 500 || status === 0) {
      fiveHundreds++;
      if (fiveHundreds <= 5) console.log(`   ${status} for ${request.method} ${request.url}`);
    }
  }
  const alive = (await fetch(`${server.url}/api/publication`)).status === 200;
  await server.kill();
  console.log(
    `   statuses: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
  );
  check(
    fiveHundreds === 0 && alive,
    `${samples.length} requests, ${fiveHundreds} answered 5xx or dropped, server alive: ${alive}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
