import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// What `npm ci` installs is exactly the lockfile: every entry must be pinned by integrity and must run on every
// Node the project says it supports (package.json `engines`), or a fresh install warns EBADENGINE and ships
// code that was never promised to work here. (Registry and integrity format are checked by `npm run lockfile:lint`.)

const root = path.resolve(import.meta.dirname, '../..');
type Entry = { version?: string; integrity?: string; link?: boolean; engines?: { node?: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, Entry>;
};
const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const installed = Object.entries(lock.packages).filter(([name, entry]) => name !== '' && !entry.link);
const oldestNode = semver.minVersion(engines.node)?.version ?? '';

describe('the lockfile', () => {
  it('pins every package by a sha512 integrity', () => {
    const unpinned = installed.filter(([, entry]) => !entry.integrity?.startsWith('sha512-')).map(([name]) => name);
    expect(unpinned).toEqual([]);
  });

  it(`holds no package that refuses the oldest Node the project supports (${engines.node})`, () => {
    expect(oldestNode).not.toBe('');
    const refusing = installed
      .filter(([, entry]) => entry.engines?.node && !semver.satisfies(oldestNode, entry.engines.node))
      .map(
        ([name, entry]) =>
          `${name.replace(/^.*node_modules\//, '')}@${entry.version} needs node ${entry.engines?.node}`,
      );
    expect(refusing).toEqual([]);
  });
});
