import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineBootScript } from '../../src/server/render/inline-boot-script';

// A client build in miniature: the boot chunk, and a manifest whose app entry imports two chunks, one of them
// twice over (through the other).
function clientBuild(boot: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-boot-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, 'assets/index-1.js'), boot);
  const manifest = {
    'index.html': { file: 'assets/index-1.js', isEntry: true },
    'src/app/entry-client.tsx': { file: 'assets/app-2.js', isEntry: true, imports: ['_framework.js', '_paths.js'] },
    '_framework.js': { file: 'assets/framework-3.js' },
    '_paths.js': { file: 'assets/paths-4.js', imports: ['_framework.js'] },
  };
  writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return dir;
}
const dirs: string[] = [];
const build = (boot: string) => {
  const dir = clientBuild(boot);
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const template = [
  '<head><script type="module" crossorigin src="/assets/index-1.js"></script></head>',
  '<body><!--app-data--><!--app-modules--></body>',
].join('');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineBootScript', () => {
  const { html, scriptSources } = inlineBootScript(template, build('let a=`</script>`;void import(a)\n'));
  const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];

  it('puts the boot code in the page instead of a request for it', () => {
    expect(html).not.toContain('src="/assets/index-1.js"');
    expect(inline).toBe('let a=`<\\/script>`;void import(a)');
  });

  it('names the app entry and each chunk it imports once, for the boot script to load after first paint', () => {
    const data = /<script type="application\/json" id="app-modules">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(data ?? 'null')).toEqual({
      entry: '/assets/app-2.js',
      preload: ['/assets/framework-3.js', '/assets/paths-4.js'],
    });
    expect(html).not.toContain('<!--app-modules-->');
    expect(html).toContain('<!--app-data-->');
  });

  it('gives the CSP hash of exactly what is in the inline script', () => {
    expect(scriptSources).toEqual([sha256(inline ?? '')]);
  });

  it('refuses a boot chunk that imports another module, which would be fetched before first paint', () => {
    for (const boot of ['import{a as b}from"./x.js";b()', 'import "./x.js";', 'var x=1;import * as y from"./y.js"'])
      expect(() => inlineBootScript(template, build(boot))).toThrow(/imports a module/);
  });

  it('refuses a template without a boot script, or a build without an app entry', () => {
    expect(() => inlineBootScript('<head></head>', build('void 0'))).toThrow(/no boot/);
    const dir = build('void 0');
    writeFileSync(path.join(dir, '.vite/manifest.json'), '{}');
    expect(() => inlineBootScript(template, dir)).toThrow(/no entry for src\/app\/entry-client.tsx/);
  });
});
