import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

export type InlinedTemplate = {
  html: string;
  /** CSP sources for the <style> elements now in the page, e.g. 'sha256-…'. */
  styleSources: string[];
};

/**
 * Puts the built stylesheets into the page template as <style> elements. The CSS is small (under 3 kB brotli),
 * and a separate stylesheet is a render-blocking request: a whole extra round trip before first paint on a slow
 * link. The CSP allows exactly these elements by hash, so it still allows no other inline style.
 */
export function inlineStylesheets(template: string, clientDir: string): InlinedTemplate {
  const styleSources: string[] = [];
  const html = template.replace(STYLESHEET_LINK, (tag) => {
    const href = /\bhref="\/([^"]+\.css)"/.exec(tag)?.[1];
    if (!href) return tag;
    // "</" cannot occur in built CSS except inside a string; escaping keeps it from closing the element anyway.
    const css = readFileSync(path.join(clientDir, href), 'utf8').replaceAll('</', '\\3C/');
    styleSources.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  return { html, styleSources };
}
