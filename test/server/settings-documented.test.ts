import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/server/config';

// An operator learns the settings from the README: every variable the server reads is in its table, and the
// table names none the server ignores.
const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const settingsSection = readme.slice(
  readme.indexOf('## Settings'),
  readme.indexOf('\n## ', readme.indexOf('## Settings') + 1),
);
const documented = [...settingsSection.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((m) => m[1]);

describe('the README settings table', () => {
  it('lists every setting the server reads, FEEDBACK_ADMIN_TOKEN and FEEDBACK_DIGEST_URL among them', () => {
    expect(documented).toContain('FEEDBACK_ADMIN_TOKEN');
    expect(documented).toContain('FEEDBACK_DIGEST_URL');
    expect([...documented].sort()).toEqual([...SETTING_NAMES].sort());
  });
});
