import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { MOST_NO_LIMIT, type Digest } from '../../src/server/digest/build-digest';
import { runDigest } from '../../src/server/digest/run-digest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { NewFeedback } from '../../src/server/store/store';
import { feedbackRow } from '../support/editor-feedback';
import { articles, contentDirectory } from '../support/fixtures';

// `npm run feedback:digest`: yesterday (UTC) from the server's own database, printed, and POSTed as JSON to a
// receiver (here a local HTTP server). The expected digest is counted here from the rows the test stored.

const DAY = '2026-11-30';
const NOW = Date.parse('2026-12-01T00:20:00.000Z'); // just after midnight: "yesterday" is DAY
const SLUGS = articles.slice(0, 7).map((a) => a.slug);
const ESCAPE = '\u001b[2J\u001b[31m';

function storedRows(): NewFeedback[] {
  const rows: NewFeedback[] = [];
  // Each article gets i "No" and (7 - i) "Yes" during DAY, so the "most No" order is known by construction.
  SLUGS.forEach((articleSlug, i) => {
    for (let n = 0; n < 7; n++)
      rows.push(
        feedbackRow({
          articleSlug,
          helpful: n >= i,
          createdAt: `${DAY}T${String(10 + n).padStart(2, '0')}:00:00.000Z`,
        }),
      );
  });
  const report = (articleSlug: string, createdAt: string, comment: string, extra: Partial<NewFeedback> = {}) =>
    feedbackRow({
      articleSlug,
      createdAt,
      kind: 'error-report',
      helpful: null,
      category: 'Factual error',
      comment,
      ...extra,
    });
  rows.push(
    report(SLUGS[0]!, `${DAY}T00:00:00.000Z`, 'The first minute of the day counts.'),
    report(SLUGS[1]!, `${DAY}T23:59:59.999Z`, `Two lines,\nand an escape ${ESCAPE}that must not reach a terminal.`),
    report(SLUGS[2]!, `${DAY}T12:00:00.000Z`, 'Held back as spam', { spamReason: 'too-fast' }),
    report(SLUGS[3]!, '2026-11-29T23:59:59.999Z', 'The day before'),
    report(SLUGS[3]!, '2026-12-01T00:00:00.000Z', 'Today'),
    feedbackRow({ articleSlug: SLUGS[6]!, helpful: false, createdAt: `${DAY}T09:00:00.000Z`, spamReason: 'honeypot' }),
    feedbackRow({ articleSlug: SLUGS[6]!, helpful: false, createdAt: '2026-12-01T00:10:00.000Z' }),
  );
  return rows;
}

/** The oracle: DAY's rows, spam left out, counted by hand. */
function expectedDigest(rows: NewFeedback[]): Digest {
  const onDay = rows.filter((r) => r.createdAt.startsWith(DAY));
  const counted = onDay.filter((r) => r.spamReason === null);
  const headline = (slug: string) => articles.find((a) => a.slug === slug)?.headline ?? null;
  const ratings = (slug: string, helpful: boolean) =>
    counted.filter((r) => r.articleSlug === slug && r.kind === 'rating' && r.helpful === helpful).length;
  return {
    day: DAY,
    totals: {
      yes: counted.filter((r) => r.kind === 'rating' && r.helpful).length,
      no: counted.filter((r) => r.kind === 'rating' && !r.helpful).length,
      errorReports: counted.filter((r) => r.kind === 'error-report').length,
      heldBack: onDay.length - counted.length,
      reasons: {},
    },
    // Article i has i "No": the last ones have the most.
    mostNo: [...SLUGS]
      .reverse()
      .slice(0, MOST_NO_LIMIT)
      .map((slug) => ({
        articleSlug: slug,
        headline: headline(slug),
        no: ratings(slug, false),
        yes: ratings(slug, true),
      })),
    errorReports: counted
      .filter((r) => r.kind === 'error-report')
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
      .map((r) => ({
        id: r.publicId,
        articleSlug: r.articleSlug,
        headline: headline(r.articleSlug),
        category: r.category,
        comment: r.comment,
        createdAt: r.createdAt,
      })),
  };
}

type Received = { method: string; path: string; contentType: string | undefined; body: string };
let receiver: Server;
let received: Received[];
let answer: number;
let receiverUrl: string;
let dataDir: string;
const rows = storedRows();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-digest-'));
  const store = openSqliteStore(dataDir);
  await store.addFeedback(rows, 0);
  await store.close();
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/T0-secret-path`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  received = [];
  answer = 204;
});

const config = (env: Record<string, string> = {}) =>
  readConfig({ DATA_DIR: dataDir, CONTENT_DIR: contentDirectory, ...env });

describe('the feedback digest', () => {
  it('prints yesterday’s totals, the articles with the most No and every error report, and posts the same as JSON', async () => {
    let printed = '';
    const digest = await runDigest({
      config: config({ FEEDBACK_DIGEST_URL: receiverUrl }),
      now: () => NOW,
      write: (text) => (printed += text),
    });

    expect(digest).toEqual(expectedDigest(rows));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      method: 'POST',
      path: '/hooks/T0-secret-path',
      contentType: 'application/json',
    });
    expect(JSON.parse(received[0]!.body)).toEqual(digest);

    const lines = printed.split('\n');
    expect(lines[0]).toBe(`Reader feedback for ${DAY} (UTC)`);
    expect(printed).toContain(
      `Ratings: ${digest.totals.yes} Yes, ${digest.totals.no} No (${Math.round((digest.totals.yes / (digest.totals.yes + digest.totals.no)) * 100)}% Yes); ` +
        `${digest.totals.errorReports} error reports; ${digest.totals.heldBack} held back as suspected spam.`,
    );
    const mostNo = lines.slice(lines.indexOf('Most “No”:') + 1, lines.indexOf('Most “No”:') + 1 + MOST_NO_LIMIT);
    expect(mostNo).toEqual(digest.mostNo.map((a) => `  ${a.no} No, ${a.yes} Yes: ${a.headline} (${a.articleSlug})`));
    expect(printed).toContain('The first minute of the day counts.');
    expect(printed).toContain('    Two lines,\n    and an escape \uFFFD[2J\uFFFD[31mthat must not reach a terminal.');
    expect(printed).not.toContain('\u001b');
    for (const absent of ['Held back as spam', 'The day before', 'Today']) expect(printed).not.toContain(absent);
    // The receiver's path is often its secret: only its origin is printed.
    expect(printed).toContain(`Posted to ${new URL(receiverUrl).origin}`);
    expect(printed).not.toContain('secret-path');
  });

  it('only prints when FEEDBACK_DIGEST_URL is not set', async () => {
    let printed = '';
    await runDigest({ config: config(), now: () => NOW, write: (text) => (printed += text) });
    expect(printed).toContain(`Reader feedback for ${DAY} (UTC)`);
    expect(received).toEqual([]);
  });

  it('fails, naming the receiver by its origin only, when the receiver refuses the digest', async () => {
    answer = 500;
    await expect(
      runDigest({ config: config({ FEEDBACK_DIGEST_URL: receiverUrl }), now: () => NOW, write: () => undefined }),
    ).rejects.toThrow(new Error(`FEEDBACK_DIGEST_URL (${new URL(receiverUrl).origin}) answered 500`));
  });

  /** The command an operator runs, over this test's data and content, with `env` added. */
  const runCommand = (args: string[], env: Record<string, string>) =>
    promisify(execFile)('npm', ['run', '--silent', 'feedback:digest', '--', ...args], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, CONTENT_DIR: contentDirectory, ...env },
    });

  it('runs as npm run feedback:digest, for a day given on the command line', { timeout: 60_000 }, async () => {
    const { stdout } = await runCommand(['--day', DAY], { FEEDBACK_DIGEST_URL: receiverUrl });
    expect(stdout.split('\n')[0]).toBe(`Reader feedback for ${DAY} (UTC)`);
    expect(JSON.parse(received[0]!.body)).toEqual(expectedDigest(rows));
  });

  it('refuses a bad setting or day, saying which', { timeout: 60_000 }, async () => {
    const run = (args: string[], env: Record<string, string>) =>
      runCommand(args, env).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    const [badUrl, badDay] = await Promise.all([
      run([], { FEEDBACK_DIGEST_URL: 'ftp://example.com/x' }),
      run(['--day', 'yesterday'], {}),
    ]);
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toContain('FEEDBACK_DIGEST_URL: must be an http(s) address');
    expect(badDay.code).toBe(1);
    expect(badDay.stderr).toContain('--day must be a date like 2026-11-30');
  });
});
