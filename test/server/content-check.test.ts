import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { contentFolder } from '../support/content-folder';
import { contentDirectory } from '../support/fixtures';

// `npm run content:check` checks a content folder without starting the server: an editor runs it before
// publishing, CI runs it on every change.

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the check as an editor does, naming `dir` from the folder above it; gives what it printed and its exit code. */
function check(dir: string) {
  const child = spawn('npm', ['run', '--silent', '--prefix', ROOT, 'content:check', '--', path.basename(dir)], {
    cwd: path.dirname(dir),
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, output })),
  );
}

describe('npm run content:check', () => {
  it('passes the sample content, Markdown and JSON', { timeout: 30_000 }, async () => {
    const dir = path.join(scratch, 'sample');
    cpSync(contentDirectory, dir, { recursive: true });
    const { code, output } = await check(dir);
    expect(output).toMatch(/^\d+ article files checked: 0 problems, 0 notices$/m);
    expect(code).toBe(0);
  });

  it('prints each problem with its file, line and field, each notice, and exits 1', { timeout: 30_000 }, async () => {
    const folder = contentFolder('broadsheet-check-bad-');
    onTestFinished(() => folder.dispose());
    const badSection = folder.markdown({ slug: 'bad-section', section: 'Not A Section' });
    folder.write('bad-section.md', badSection);
    folder.write(
      'bad-image.md',
      folder.markdown({ slug: 'bad-image' }, '::image[A map]{src="/images/map.svg" width=wide height=8}'),
    );
    folder.write('raw-html.md', folder.markdown({ slug: 'raw-html' }, 'Fine.\n\n<script>alert(1)</script>'));
    folder.write('bad-headline.json', folder.article({ slug: 'bad-headline', headline: 42 }));
    const { code, output } = await check(folder.dir);
    const name = path.basename(folder.dir);
    const sectionLine = badSection.split('\n').indexOf('section: Not A Section') + 1;
    expect(output).toMatch(new RegExp(`^${name}/articles/bad-section.md:${sectionLine} section: `, 'm'));
    expect(output).toContain(`${name}/articles/bad-image.md:`);
    expect(output).toMatch(/bad-image\.md:\d+ body\.0\.width: /);
    expect(output).toMatch(new RegExp(`^${name}/articles/bad-headline.json headline: `, 'm'));
    expect(output).toMatch(/^notice: .*raw-html\.md:\d+ body: Raw HTML is not allowed/m);
    expect(output).toMatch(/3 problems, 1 notice$/m);
    expect(code).toBe(1);
  });

  it('says what is wrong with a folder it cannot check, and exits 1', { timeout: 30_000 }, async () => {
    const dir = path.join(scratch, 'empty');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'publication.json'), '{ "schemaVersion": 1 }');
    const { code, output } = await check(dir);
    expect(output).toMatch(/^empty\/publication\.json name: /m);
    expect(code).toBe(1);
  });
});
