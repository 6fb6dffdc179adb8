import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../src/server/render/inline-stylesheets';

const clientDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-inline-'));
mkdirSync(path.join(clientDir, 'assets'));
writeFileSync(path.join(clientDir, 'assets/site-abc123.css'), 'body{color:red}.q::before{content:"</style>"}');
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

const template = [
  '<head>',
  '<script type="module" crossorigin src="/assets/boot-1.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/site-abc123.css">',
  '</head>',
].join('');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineStylesheets', () => {
  const { html, styleSources } = inlineStylesheets(template, clientDir);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];

  it('replaces the stylesheet link with the CSS itself and leaves the script alone', () => {
    expect(html).not.toContain('rel="stylesheet"');
    expect(style).toContain('body{color:red}');
    expect(html).toContain('<script type="module" crossorigin src="/assets/boot-1.js"></script>');
  });

  it('cannot be closed early by "</" inside the CSS', () => {
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(style).toContain('content:"\\3C/style>"');
  });

  it('gives the CSP hash of exactly what is in the <style> element', () => {
    expect(styleSources).toEqual([sha256(style ?? '')]);
  });

  it('changes nothing when the template has no stylesheet', () => {
    expect(inlineStylesheets('<head></head>', clientDir)).toEqual({ html: '<head></head>', styleSources: [] });
  });
});
