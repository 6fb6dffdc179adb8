import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIR } from '../../../bench/bundle-size';

/** The feedback forms' chunks, as the last build listed them for the service worker to cache at install. */
export function formChunkPaths(): string[] {
  const source = readFileSync(path.join(CLIENT_DIR, 'sw.js'), 'utf8');
  const build = /^const BUILD = (.+);$/m.exec(source)?.[1];
  return (JSON.parse(build ?? '{"precache":[]}') as { precache: string[] }).precache;
}
