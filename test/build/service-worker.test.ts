import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, manifestPath } from '../../bench/bundle-size';

// The worker the build wrote: its caches are named by this build (no hand-edited version) and it caches the
// feedback forms at install. Skipped without a build, like the size check.

type Manifest = Record<string, { file: string; imports?: string[] }>;

describe.skipIf(!existsSync(manifestPath()))('the service worker (from the last build)', () => {
  const read = () => {
    const source = readFileSync(path.join(CLIENT_DIR, 'sw.js'), 'utf8');
    const build = /^const BUILD = (.+);$/m.exec(source)?.[1];
    return { source, build: JSON.parse(build ?? 'null') as { version: string; precache: string[] } };
  };

  it('is versioned by the build, and its caches by that version', () => {
    const { source, build } = read();
    expect(build.version).toMatch(/^[\w-]{12}$/);
    expect(source).not.toContain('= __SW_BUILD__');
    expect(source).not.toMatch(/VERSION = 'v\d+'/);
  });

  it('caches both feedback forms, the share control and all they import at install, all of it files the build wrote', () => {
    const { build } = read();
    const manifest = JSON.parse(readFileSync(manifestPath(), 'utf8')) as Manifest;
    for (const source of [
      'feedback/components/rating-form',
      'feedback/components/error-report-form',
      'share/components/share-article',
    ]) {
      const entry = manifest[`src/features/${source}.tsx`];
      expect(build.precache).toContain(`/${entry?.file}`);
      for (const imported of entry?.imports ?? []) expect(build.precache).toContain(`/${manifest[imported]?.file}`);
    }
    for (const url of build.precache) expect(existsSync(path.join(CLIENT_DIR, url))).toBe(true);
  });
});
