import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSummary } from '../../src/contract/article';
import { articleFileSchema as articleSchema } from '../../src/contract/article-upgrade';
import { findDroppedBlocks } from '../../src/contract/blocks';
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

describe('article contract', () => {
  it('accepts the seed article and keeps its typography exactly', () => {
    const article = articleSchema.parse(seedJson());
    expect(seedText).toContain(article.headline);
    expect(article.headline).toContain('\u2011'); // non-breaking hyphen in Face‑to‑Face
    expect(article.headline.startsWith('\u2018A Meeting Between Equals\u2019')).toBe(true);
    expect(seedText).toContain(article.summary);
    const headings = article.body.flatMap((b) => (b.type === 'heading' ? [b.content.join('')] : []));
    expect(headings).toHaveLength(6);
    for (const heading of headings) expect(seedText).toContain(heading);
    for (const block of article.body)
      if (block.type === 'paragraph') expect(seedText).toContain(block.content.join(''));
  });

  it('reports a malformed known block with its path', () => {
    const input = seedJson();
    input.body = [
      { type: 'heading', level: 2 },
      { type: 'pullQuote', attribution: 'Someone' },
    ];
    expect(pathsOf(input)).toEqual(['body.0.content', 'body.1.text']);
  });

  it('drops a block of an unknown type, reports it, and keeps the rest', () => {
    const input = seedJson();
    input.body = [{ type: 'video', src: '/v.mp4' }, { type: 'paragraph', content: ['Kept'] }, 'not a block'];
    const article = articleSchema.parse(input);
    expect(article.body).toEqual([{ type: 'paragraph', content: ['Kept'] }]);
    expect(findDroppedBlocks(input.body, 'body')).toEqual([
      { path: 'body.0', type: 'video' },
      { path: 'body.2', type: undefined },
    ]);
  });

  it('takes an article with no byline, no summary and an unattributed pull quote', () => {
    const { summary: _summary, byline: _byline, ...input } = seedJson();
    input.body = [
      { type: 'heading', level: 2, text: 'First' },
      { type: 'paragraph', content: ['The opening ', { type: 'text', text: 'paragraph', em: true }, '.'] },
      { type: 'pullQuote', text: 'The article quoting itself.' },
    ];
    const article = articleSchema.parse(input);
    expect(article.byline).toEqual([]);
    expect(article.summary).toBeUndefined();
    expect(article.body[2]).toEqual({ type: 'pullQuote', text: 'The article quoting itself.' });
    // Lists and the page description fall back to the first paragraph's words.
    expect(toSummary(article).summary).toBe('The opening paragraph.');
    expect(toSummary({ ...article, body: [] }).summary).toBe('');
  });

  it('keeps a contributor’s role and profile slug, and names a bad slug', () => {
    const byline = [{ name: 'Ana Ruiz', role: 'Photographs', profile: 'ana-ruiz' }];
    expect(articleSchema.parse({ ...seedJson(), byline }).byline).toEqual(byline);
    expect(pathsOf({ ...seedJson(), byline: [{ name: 'Ana Ruiz', profile: 'Ana Ruiz' }] })).toEqual([
      'byline.0.profile',
    ]);
  });

  it('refuses a run that is both raised and lowered, naming it', () => {
    const input = seedJson();
    input.body = [{ type: 'paragraph', content: ['x', { type: 'text', text: '2', sup: true, sub: true }] }];
    expect(pathsOf(input)).toEqual(['body.0.content.1']);
  });

  it('reads a bottom line, as version 1 and the first version 2 files wrote it, as a callout of that kind', () => {
    const input = seedJson();
    input.body = [{ type: 'bottomLine', content: ['What it comes to.'] }];
    const callout = {
      type: 'callout',
      kind: 'bottomLine',
      body: [{ type: 'paragraph', content: ['What it comes to.'] }],
    };
    expect(articleSchema.parse(input).body).toEqual([callout]);
    // Read again (the browser parses what the server serves), it stays the same.
    expect(articleSchema.parse(articleSchema.parse(input)).body).toEqual([callout]);
  });

  it('takes callouts of every kind, drops unknown blocks inside one, and refuses other blocks in one', () => {
    const input = seedJson();
    const qa = {
      type: 'callout',
      kind: 'qa',
      title: ['What is a ', { type: 'text', text: 'polar vortex', em: true }, '?'],
      body: [
        { type: 'paragraph', content: ['A band of cold air.'] },
        { type: 'quiz', questions: [] },
        { type: 'list', style: 'bulleted', items: [['one']] },
      ],
    };
    input.body = [qa, { type: 'callout', kind: 'keyFacts', body: [{ type: 'paragraph', content: ['Fact.'] }] }];
    const [parsed] = articleSchema.parse(input).body;
    expect(parsed).toEqual({ ...qa, body: [qa.body[0], qa.body[2]] });
    expect(findDroppedBlocks(input.body, 'body')).toEqual([{ path: 'body.0.body.1', type: 'quiz' }]);

    input.body = [
      { type: 'callout', kind: 'aside', body: [] },
      { type: 'callout', kind: 'explainer', body: [{ type: 'pullQuote', text: 'No.' }] },
    ];
    const result = articleSchema.safeParse(input);
    expect(formatIssues(result.error!)).toEqual([
      { path: 'body.0.kind', message: expect.stringContaining('"qa"|"explainer"|"keyFacts"|"bottomLine"') },
      { path: 'body.1.body.0.type', message: 'A callout holds paragraphs and lists' },
    ]);
  });

  it('takes a table with a caption, a header row and row headers, and names a row of the wrong width', () => {
    const input = seedJson();
    const table = {
      type: 'table',
      caption: ['Rainfall by month'],
      head: [['Month'], ['Rain (mm)']],
      rows: [
        [['January'], ['10']],
        [['February'], []],
      ],
      rowHeaders: true,
      align: [null, 'right'],
    };
    input.body = [table];
    expect(articleSchema.parse(input).body).toEqual([table]);

    input.body = [{ ...table, rows: [[['March'], ['4'], ['extra']]], align: ['left'] }];
    expect(formatIssues(articleSchema.safeParse(input).error!)).toEqual([
      { path: 'body.0.rows.0', message: 'This row has 3 cells; the table has 2 columns (from its header row)' },
      { path: 'body.0.align', message: 'align names 1 columns, not 2' },
    ]);
  });

  it('takes corrections and editor’s notes, each dated and placed, and names a note dated before publication', () => {
    const notes = [
      {
        kind: 'editorsNote',
        date: '2026-02-05T10:00:00Z',
        placement: 'top',
        content: ['This article is part of a series.'],
      },
      {
        kind: 'correction',
        date: '2026-02-06T10:00:00Z',
        placement: 'foot',
        content: ['An earlier version misstated a date.'],
      },
    ];
    expect(articleSchema.parse({ ...seedJson(), notes }).notes).toEqual(notes);
    expect(
      pathsOf({
        ...seedJson(),
        notes: [
          { ...notes[1], kind: 'retraction', placement: 'side' },
          { ...notes[1], content: [] },
        ],
      }),
    ).toEqual(['notes.0.kind', 'notes.0.placement', 'notes.1.content']);
    expect(pathsOf({ ...seedJson(), notes: [{ ...notes[0], date: '2000-01-01T00:00:00Z' }] })).toEqual([
      'notes.0.date',
    ]);
  });

  it('takes a rich standfirst of paragraphs and lists, whose text lists and the page description use', () => {
    const summary = [
      { type: 'paragraph', content: ['Read ', { type: 'link', href: '/article/x', children: ['this'] }, ' first:'] },
      { type: 'list', style: 'bulleted', items: [['one'], ['two']] },
    ];
    const article = articleSchema.parse({ ...seedJson(), summary });
    expect(article.summary).toEqual(summary);
    expect(toSummary(article).summary).toBe('Read this first: one two');
    expect(
      formatIssues(articleSchema.safeParse({ ...seedJson(), summary: [{ type: 'pullQuote', text: 'x' }] }).error!),
    ).toEqual([expect.objectContaining({ path: 'summary' })]);
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
