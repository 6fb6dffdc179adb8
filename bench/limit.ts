import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Budgets } from './budgets';
import { kB } from './bundle-size';
import { PAGES, runLighthouse, type LighthouseRun } from './lighthouse';
import { get } from './load';
import { atMost, info, median, ms, type Row } from './report';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// Each page as a reader gets it, against the physical limit: the same HTML with every script removed, served as
// one compressed file (brotli where the browser asks for it: Chromium does only over HTTPS, so gzip here). Everything else the page asks for (its photos) comes from the same server in both, so the
// difference is what the app costs the first paint. Runs alternate (page, limit, page, limit…), so a noisy host
// slows both alike.

export type PageAgainstLimit = {
  name: string;
  path: string;
  page: LighthouseRun[];
  limit: LighthouseRun[];
  /** The size of the limit's one file as sent (gzip, which is what Chromium asks for over plain HTTP). */
  limitFileBytes: number;
};

/** The page without a single script: no module, no page data, no structured data, nothing preloaded for one. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')
    .replace(/<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/gi, '');
}

type LimitFile = { br: Buffer; gzip: Buffer };
const compress = (text: string): LimitFile => ({
  br: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: gzipSync(text, { level: 9 }),
});

/** Serves each of `files` itself, compressed as asked; any other request goes through to `upstream` unchanged. */
async function serveLimit(
  files: ReadonlyMap<string, LimitFile>,
  upstream: string,
): Promise<{ url: string; server: Server }> {
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    const file = files.get(req.url ?? '');
    if (file) {
      const encoding = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'br' : 'gzip';
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': encoding,
        'content-length': file[encoding].length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
      });
      res.end(file[encoding]);
      return;
    }
    const forwarded = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export async function measureLimit(runs: number, options: SpawnOptions = {}): Promise<PageAgainstLimit[]> {
  const running = await spawnServer(options);
  try {
    const files = new Map<string, LimitFile>();
    for (const { path } of PAGES) {
      const page = await get(`${running.url}${path}`);
      if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
      files.set(path, compress(withoutScripts(page.body.toString('utf8'))));
    }
    const limit = await serveLimit(files, running.url);
    try {
      const results = PAGES.map((p) => ({ ...p, page: [], limit: [], limitFileBytes: files.get(p.path)!.gzip.length }));
      for (let i = 0; i < runs; i++) {
        for (const result of results as PageAgainstLimit[]) {
          result.page.push(await runLighthouse(`${running.url}${result.path}`));
          result.limit.push(await runLighthouse(`${limit.url}${result.path}`));
        }
      }
      return results;
    } finally {
      await new Promise((resolve) => limit.server.close(resolve));
    }
  } finally {
    await running.dispose();
  }
}

type Figure = 'lcpMs' | 'transferBytes' | 'scriptTransferBytes' | 'imageTransferBytes';
const mid = (runs: LighthouseRun[], key: Figure) => median(runs.map((r) => r[key]));

export function limitRows(pages: PageAgainstLimit[], budgets: Budgets['lighthouse']): Row[] {
  const each = (runs: LighthouseRun[]) => runs.map((r) => Math.round(r.lcpMs)).join(', ');
  return pages.flatMap(({ name, page, limit, limitFileBytes }) => {
    const ratio = mid(page, 'lcpMs') / mid(limit, 'lcpMs');
    const photosAside = (runs: LighthouseRun[]) => median(runs.map((r) => r.transferBytes - r.imageTransferBytes));
    return [
      info(`${name}: LCP (${each(page)})`, ms(mid(page, 'lcpMs'))),
      info(`${name}: limit LCP, no script, one file (${each(limit)})`, ms(mid(limit, 'lcpMs'))),
      atMost(`${name}: LCP ÷ limit LCP`, ratio, budgets.lcpToLimitRatio, (n) => `${n.toFixed(2)}×`),
      info(
        `${name}: on the wire, photos aside (of which script)`,
        `${kB(photosAside(page))} (${kB(mid(page, 'scriptTransferBytes'))})`,
      ),
      info(`${name}: limit on the wire, photos aside (its file)`, `${kB(photosAside(limit))} (${kB(limitFileBytes)})`),
    ];
  });
}
