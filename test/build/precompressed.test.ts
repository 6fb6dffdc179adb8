import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, manifestPath } from '../../bench/bundle-size';

// The server sends the .br or .gz the build wrote beside each static file (never compressing on the fly), so
// each must exist and decode to exactly its file. Skipped without a build, like the size check.

const compressible = /\.(js|css|svg)$/;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

describe.skipIf(!existsSync(manifestPath()))('precompressed static files (from the last build)', () => {
  const assets = existsSync(CLIENT_DIR)
    ? files(CLIENT_DIR).filter((f) => compressible.test(f) && readFileSync(f).length >= 1024)
    : [];

  it('covers the app chunks and the stylesheet', () => {
    expect(assets.some((f) => /entry-client-[\w-]+\.js$/.test(f))).toBe(true);
    expect(assets.some((f) => f.endsWith('.css'))).toBe(true);
  });

  it.each(assets.map((f) => [path.relative(CLIENT_DIR, f), f]))(
    '%s has a .br and a .gz of the same bytes',
    (_, file) => {
      const original = readFileSync(file);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original)).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original)).toBe(true);
    },
  );
});
