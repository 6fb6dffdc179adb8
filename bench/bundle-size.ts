import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// What a reader downloads before the article page can hydrate: the boot chunk, every chunk it imports
// statically (Vite emits those as <link rel="modulepreload">), the hydration entry it imports once the page has
// painted, the article route's own chunk if the route is ever split out, the static imports of all of them, and
// their CSS. Other dynamic imports (editor, follow-up forms, outbox) are not initial. Each file is compressed on its own, as it travels: brotli at quality 11 and gzip at level 9.

export const CLIENT_DIR = path.resolve(import.meta.dirname, '../dist/client');
export const ARTICLE_ROUTE_MODULE = 'src/app/routes/article-route.tsx';
/** Imported by the boot chunk after the first paint; everything hydration needs hangs off it. */
export const HYDRATION_MODULE = 'src/app/entry-client.tsx';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

export type AssetSize = { file: string; bytes: number; brotli: number; gzip: number };
export type SizeTotals = { bytes: number; brotli: number; gzip: number };
export type InitialAssets = { js: AssetSize[]; css: AssetSize[]; totals: { js: SizeTotals; css: SizeTotals } };

export function manifestPath(clientDir = CLIENT_DIR): string {
  return path.join(clientDir, '.vite/manifest.json');
}

/** Files the built index.html loads up front: module scripts, modulepreloads and stylesheets. */
export function filesInIndexHtml(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    const file = url.replace(/^\//, '');
    if (tag.startsWith('<script') && /type="module"/.test(tag)) js.push(file);
    else if (/rel="modulepreload"/.test(tag)) js.push(file);
    else if (/rel="stylesheet"/.test(tag)) css.push(file);
  }
  return { js, css };
}

/** Entry + hydration entry + the article route chunk when they exist, each with its static imports. */
export function initialFiles(manifest: Manifest, routeModule = ARTICLE_ROUTE_MODULE): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names a chunk it does not contain: ${key}`);
    if (seen.has(key)) return;
    seen.add(key);
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry && manifest[key]?.src === 'index.html');
  if (!entry) throw new Error('The manifest has no entry for index.html');
  visit(entry);
  for (const key of [HYDRATION_MODULE, routeModule]) if (manifest[key]) visit(key);
  return { js: [...js], css: [...css] };
}

export function compressedSize(file: string, bytes: Buffer): AssetSize {
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
  return { file, bytes: bytes.length, brotli, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (assets: AssetSize[]): SizeTotals => ({
  bytes: assets.reduce((n, a) => n + a.bytes, 0),
  brotli: assets.reduce((n, a) => n + a.brotli, 0),
  gzip: assets.reduce((n, a) => n + a.gzip, 0),
});

/** Sizes of the article page's initial JS and CSS in a client build (`npm run build` first). */
export function measureInitialAssets(clientDir = CLIENT_DIR, routeModule = ARTICLE_ROUTE_MODULE): InitialAssets {
  const manifest = JSON.parse(readFileSync(manifestPath(clientDir), 'utf8')) as Manifest;
  const fromManifest = initialFiles(manifest, routeModule);
  // index.html is what the browser actually reads; anything it loads that the manifest walk missed counts too.
  const fromHtml = filesInIndexHtml(readFileSync(path.join(clientDir, 'index.html'), 'utf8'));
  const measure = (files: string[]) =>
    [...new Set(files)].map((file) => compressedSize(file, readFileSync(path.join(clientDir, file))));
  const js = measure([...fromManifest.js, ...fromHtml.js]);
  const css = measure([...fromManifest.css, ...fromHtml.css]);
  return { js, css, totals: { js: sum(js), css: sum(css) } };
}

/** 123456 → "123.5 kB" (1 kB = 1,000 bytes, as Vite prints sizes). */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
