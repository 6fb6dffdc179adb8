import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDirectory, seedArticle } from './fixtures';

// Every kind of hostile or broken article file a content author (or a broken export) could produce.
// Built at test time, so the repo carries no megabyte fixtures.

const base = (slug: string, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  slug,
  section: 'politics',
  headline: `Hostile fixture ${slug}`,
  summary: 'A fixture for the hostile-content tests.',
  byline: [{ name: 'Test Desk' }],
  publishedAt: '2026-01-01T00:00:00Z',
  body: [{ type: 'paragraph', content: ['Body.'] }],
  tags: ['Fixtures'],
  ...extra,
});

const PWN = 'window.__pwned=1';
const link = (href: string) => ({ type: 'paragraph', content: [{ type: 'link', href, children: ['click'] }] });

function deeplyNested(depth: number): string {
  // Built as text: a recursive structure this deep would overflow a recursive serializer.
  const open = '{"type":"list","style":"bulleted","items":[['.repeat(depth);
  const close = ']]}'.repeat(depth);
  return `${open}"x"${close}`;
}

/** Files that load and must render inert and readable: slug → file content. */
export const INERT: Record<string, unknown> = {
  'inert-script-text': base('inert-script-text', {
    headline: `<script>${PWN}</script> Headline`,
    summary: `<img src=x onerror="${PWN}">`,
    body: [
      {
        type: 'paragraph',
        content: [`<script>${PWN}</script>`, { type: 'text', text: `<b onclick="${PWN}">bold?</b>`, strong: true }],
      },
      { type: 'heading', level: 2, text: '<iframe src=javascript:alert(1)>' },
      { type: 'pullQuote', text: `" onmouseover="${PWN}`, attribution: `</figcaption><script>${PWN}</script>` },
      { type: 'list', style: 'bulleted', items: [[`<svg onload=${PWN}>`]] },
      { type: 'bottomLine', content: ['javascript:alert(1)'] },
    ],
  }),
  'inert-unicode': base('inert-unicode', {
    headline: 'עברית والعربية mixed with English \u202ereversed\u202c text',
    summary: 'Emoji 🗞️👩🏽‍💻 and combining marks: Z̴̡̛a̷͔̓l̸̰̈g̵̱͝o̶͈̔ ë́',
    body: [{ type: 'paragraph', content: ['مرحبا بالعالم — שלום עולם — 📰🔥 — e\u0301\u0302\u0303'] }],
  }),
  'inert-unknown-blocks': base('inert-unknown-blocks', {
    body: [
      { type: 'video', src: 'javascript:alert(1)' },
      { type: 'html', html: `<script>${PWN}</script>` },
      { type: 'paragraph', content: ['Kept after unknown blocks.'] },
      { notype: true },
    ],
  }),
};

/** Files that must be rejected at load: file name → [content, the field paths the reports must name]. */
export const REJECTED: Record<string, [string | Buffer, string[]]> = {
  'javascript-link.json': [
    JSON.stringify(base('javascript-link', { body: [link('javascript:alert(1)')] })),
    ['body.0.content.0.href'],
  ],
  'data-link.json': [
    JSON.stringify(base('data-link', { body: [link('data:text/html,<script>alert(1)</script>')] })),
    ['body.0.content.0.href'],
  ],
  'vbscript-link.json': [
    JSON.stringify(base('vbscript-link', { body: [link('vbscript:msgbox(1)')] })),
    ['body.0.content.0.href'],
  ],
  'event-handler.json': [
    JSON.stringify(base('event-handler', { body: [{ type: 'paragraph', content: ['x'], onclick: 'alert(1)' }] })),
    ['body.0'],
  ],
  'huge-string.json': [JSON.stringify(base('huge-string', { headline: 'A'.repeat(1024 * 1024) })), ['headline']],
  'deep-nesting.json': [
    JSON.stringify(base('deep-nesting', { body: ['__DEEP__'] })).replace('"__DEEP__"', deeplyNested(10_000)),
    ['body.0.items.0.0'],
  ],
  'wrong-types.json': [
    JSON.stringify(
      base('wrong-types', {
        headline: 42,
        byline: 'Someone',
        tags: 'one',
        hero: { src: '/a.jpg', alt: '', width: '10', height: 5 },
      }),
    ),
    ['headline', 'byline', 'tags', 'hero.width'],
  ],
  'missing-fields.json': [
    JSON.stringify({ schemaVersion: 1, slug: 'missing-fields', section: 'politics' }),
    ['headline', 'publishedAt', 'body'],
  ],
  'unknown-field.json': [JSON.stringify(base('unknown-field', { html: '<p>hi</p>' })), ['(root)']],
  'protocol-relative-link.json': [
    JSON.stringify(base('protocol-relative-link', { body: [link('//evil.example/x')] })),
    ['body.0.content.0.href'],
  ],
  'unknown-section.json': [JSON.stringify(base('unknown-section', { section: 'sport' })), ['section']],
  'invalid-date.json': [JSON.stringify(base('invalid-date', { publishedAt: '2026-02-30T25:61:00Z' })), ['publishedAt']],
  'path-traversal.json': [JSON.stringify(base('../../etc/passwd')), ['slug']],
  'remote-image.json': [
    JSON.stringify(
      base('remote-image', { hero: { src: 'https://tracker.example/p.gif', alt: '', width: 1, height: 1 } }),
    ),
    ['hero.src'],
  ],
  'zz-duplicate-slug.json': [JSON.stringify(seedArticle), ['slug']],
  'truncated.json': ['{"schemaVersion": 1, "slug": "trunc', ['(file)']],
  'not-utf8.json': [Buffer.from([0x7b, 0x22, 0x68, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]), ['(file)']],
};

/** A copy of the sample content with every hostile file added; returns its folder. */
export function writeHostileContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-hostile-'));
  cpSync(contentDirectory, dir, { recursive: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const [slug, article] of Object.entries(INERT))
    writeFileSync(path.join(dir, 'articles', `${slug}.json`), JSON.stringify(article));
  for (const [file, [content]] of Object.entries(REJECTED)) writeFileSync(path.join(dir, 'articles', file), content);
  return dir;
}
