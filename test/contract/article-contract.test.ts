import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleSchema } from '../../src/contract/article';
import { setUnknownBlockHandler } from '../../src/contract/blocks';
import { formatIssues } from '../../src/contract/format-issues';
import { isSafeHref } from '../../src/contract/safe-url';
import { contentDirectory, SEED_SLUG } from '../support/fixtures';

const seedJson = () =>
  JSON.parse(readFileSync(path.join(contentDirectory, 'articles', `${SEED_SLUG}.json`), 'utf8')) as Record<
    string,
    unknown
  > & {
    body: unknown[];
  };
const seedText = readFileSync(path.resolve(import.meta.dirname, '../fixtures/crbc-trump-petro-meeting.txt'), 'utf8');

function pathsOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  if (result.success) return [];
  return formatIssues(result.error).map((e) => e.path);
}

afterEach(() => setUnknownBlockHandler(() => {}));

describe('article contract', () => {
  it('accepts the seed article and keeps its typography exactly', () => {
    const article = articleSchema.parse(seedJson());
    expect(seedText).toContain(article.headline);
    expect(article.headline).toContain('\u2011'); // non-breaking hyphen in Face‑to‑Face
    expect(article.headline.startsWith('\u2018A Meeting Between Equals\u2019')).toBe(true);
    expect(seedText).toContain(article.summary);
    const headings = article.body.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings).toHaveLength(6);
    for (const heading of headings) expect(seedText).toContain(heading);
    for (const block of article.body)
      if (block.type === 'paragraph') expect(seedText).toContain(block.content.join(''));
  });

  it('reports a malformed known block with its path', () => {
    const input = seedJson();
    input.body = [
      { type: 'heading', level: 2 },
      { type: 'pullQuote', text: 'Words' },
    ];
    expect(pathsOf(input)).toEqual(['body.0.text', 'body.1.attribution']);
  });

  it('names missing and mistyped fields', () => {
    const { headline, ...input } = seedJson();
    expect(
      pathsOf({ ...input, publishedAt: 'yesterday', hero: { src: '/a.jpg', alt: '', width: '10', height: 5 } }),
    ).toEqual(expect.arrayContaining(['headline', 'publishedAt', 'hero.width']));
  });

  it('rejects unknown fields rather than ignoring them', () => {
    expect(pathsOf({ ...seedJson(), html: '<p>hi</p>' })).toEqual(['(root)']);
  });

  it('drops a block of an unknown type, reports it, and keeps the rest', () => {
    const onUnknown = vi.fn();
    setUnknownBlockHandler(onUnknown);
    const input = seedJson();
    input.body = [{ type: 'video', src: '/v.mp4' }, { type: 'paragraph', content: ['Kept'] }, 'not a block'];
    const article = articleSchema.parse(input);
    expect(article.body).toEqual([{ type: 'paragraph', content: ['Kept'] }]);
    expect(onUnknown).toHaveBeenCalledWith('video', 0);
    expect(onUnknown).toHaveBeenCalledWith(undefined, 2);
  });

  it('refuses links that are not http, https, mailto or site-relative', () => {
    const input = seedJson();
    const link = (href: string) => ({ type: 'paragraph', content: [{ type: 'link', href, children: ['x'] }] });
    input.body = [link('javascript:alert(1)'), link('data:text/html,hi'), link('//evil.example'), link('/article/ok')];
    expect(pathsOf(input)).toEqual(['body.0.content.0.href', 'body.1.content.0.href', 'body.2.content.0.href']);
  });

  it('refuses remote or scripted image sources', () => {
    const input = { ...seedJson(), hero: { src: 'https://tracker.example/p.jpg', alt: '', width: 1, height: 1 } };
    expect(pathsOf(input)).toEqual(['hero.src']);
  });

  it('refuses an update before publication', () => {
    expect(pathsOf({ ...seedJson(), updatedAt: '2000-01-01T00:00:00Z' })).toEqual(['updatedAt']);
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['mailto:desk@example.org', true],
    ['/section/politics', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['vbscript:msgbox', false],
    ['data:text/html;base64,xx', false],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['relative/path', false],
  ])('%s → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});
