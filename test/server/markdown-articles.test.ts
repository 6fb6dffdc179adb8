import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/contract/article';
import { parseArticleFile } from '../../src/server/content/parse-article-file';
import { contentDirectory } from '../support/fixtures';

// Editors write articles as Markdown with YAML front matter; the server reads them into the same article objects
// a JSON file gives, checked by the same schema, with problems reported on the line where they are.

const FRONT = `---
section: science
headline: Written in Markdown
summary: An article an editor typed.
byline:
  - name: Ada Editor
publishedAt: 2026-03-01T09:00:00Z
---
`;
/** The front matter above is lines 1 to 8; the body starts on line 10. */
const parse = (body: string, name = 'written.md', front = FRONT) => parseArticleFile(name, `${front}\n${body}`);

describe('an article written in Markdown', () => {
  it('gives the same article as its JSON form', () => {
    const slug = 'how-coffee-gets-from-farm-to-cup';
    const fromMarkdown = path.join(contentDirectory, 'articles', `${slug}.md`);
    const fromJson = path.resolve(import.meta.dirname, `../fixtures/markdown/${slug}.json`);
    const markdown = parseArticleFile(fromMarkdown, readFileSync(fromMarkdown, 'utf8'));
    const json = parseArticleFile(fromJson, readFileSync(fromJson, 'utf8'));
    expect(markdown).toMatchObject({ problems: [], dropped: [] });
    expect(json.article).toBeDefined();
    expect(markdown.article).toEqual(json.article);
  });

  it('reads fields from the front matter, the slug from the file name, and every block from the body', () => {
    const { article, problems, dropped } = parse(
      [
        'Plain, *emphasis*, **strong**, ***both*** and [a *link*](/article/other) and [a reference][ref].',
        '',
        '[ref]: https://example.org/page',
        '',
        '## A heading',
        '',
        '### A smaller heading',
        '',
        '- first',
        '- **second**',
        '',
        '1. one',
        '2. two',
        '',
        ':::pullquote{attribution="A reader"}',
        'Quoted words.',
        ':::',
        '',
        ':::image[A drawn map]{src="/images/map.svg" width=1200 height=800 credit="Illustration: CRBC News"}',
        'The caption.',
        ':::',
        '',
        '::image[A drawn ship]{src="/images/ship.svg" width=600 height=400}',
        '',
        ':::bottomline',
        'What it comes to.',
        ':::',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(dropped).toEqual([]);
    expect(article).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      slug: 'written',
      section: 'science',
      headline: 'Written in Markdown',
      byline: [{ name: 'Ada Editor' }],
      publishedAt: '2026-03-01T09:00:00Z',
    });
    expect(article?.body).toEqual([
      {
        type: 'paragraph',
        content: [
          'Plain, ',
          { type: 'text', text: 'emphasis', em: true },
          ', ',
          { type: 'text', text: 'strong', strong: true },
          ', ',
          { type: 'text', text: 'both', em: true, strong: true },
          ' and ',
          { type: 'link', href: '/article/other', children: ['a ', { type: 'text', text: 'link', em: true }] },
          ' and ',
          { type: 'link', href: 'https://example.org/page', children: ['a reference'] },
          '.',
        ],
      },
      { type: 'heading', level: 2, content: ['A heading'] },
      { type: 'heading', level: 3, content: ['A smaller heading'] },
      { type: 'list', style: 'bulleted', items: [['first'], [{ type: 'text', text: 'second', strong: true }]] },
      { type: 'list', style: 'numbered', items: [['one'], ['two']] },
      { type: 'pullQuote', text: 'Quoted words.', attribution: 'A reader' },
      {
        type: 'image',
        src: '/images/map.svg',
        alt: 'A drawn map',
        caption: 'The caption.',
        credit: 'Illustration: CRBC News',
        width: 1200,
        height: 800,
      },
      { type: 'image', src: '/images/ship.svg', alt: 'A drawn ship', width: 600, height: 400 },
      { type: 'callout', kind: 'bottomLine', body: [{ type: 'paragraph', content: ['What it comes to.'] }] },
    ]);
  });

  it('keeps a slug written in the front matter over the file name, and joins wrapped lines with a space', () => {
    const { article } = parse(
      'A paragraph\nwrapped over\ntwo lines.',
      'draft.md',
      FRONT.replace('---\n', '---\nslug: final\n'),
    );
    expect(article?.slug).toBe('final');
    expect(article?.body).toEqual([{ type: 'paragraph', content: ['A paragraph wrapped over two lines.'] }]);
  });

  it('refuses raw HTML, naming the file and the line, and keeps the rest of the article', () => {
    const { article, dropped } = parse(
      ['Before.', '', '<div class="ad">An advert</div>', '', 'Text with <b>bold</b> in it.'].join('\n'),
    );
    expect(article?.body).toEqual([
      { type: 'paragraph', content: ['Before.'] },
      { type: 'paragraph', content: ['Text with bold in it.'] },
    ]);
    expect(dropped).toEqual([
      { file: 'written.md', line: 12, path: 'body', message: 'Raw HTML is not allowed in Markdown: skipped' },
      expect.objectContaining({ file: 'written.md', line: 14, message: expect.stringContaining('"<b>"') }),
      expect.objectContaining({ file: 'written.md', line: 14, message: expect.stringContaining('"</b>"') }),
    ]);
    expect(JSON.stringify(article)).not.toContain('<');
  });

  it('names the file, the line and the field of a bad front matter field', () => {
    const { article, problems } = parse(
      'Text.',
      'written.md',
      FRONT.replace('section: science', 'section: Not A Section'),
    );
    expect(article).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: 'written.md', line: 2, path: 'section' })]);
  });

  it('reads line breaks, :sup[] and :sub[], and links and emphasis in headings', () => {
    const { article, problems, dropped } = parse(
      [
        '## Where *water* meets [the sea](/article/tides)',
        '',
        '200 g flour\\',
        '2 eggs  ',
        'H:sub[2]O at 10:sup[5] Pa, a ratio 3:to 1',
      ].join('\n'),
    );
    expect({ problems, dropped }).toEqual({ problems: [], dropped: [] });
    expect(article?.body).toEqual([
      {
        type: 'heading',
        level: 2,
        content: [
          'Where ',
          { type: 'text', text: 'water', em: true },
          ' meets ',
          { type: 'link', href: '/article/tides', children: ['the sea'] },
        ],
      },
      {
        type: 'paragraph',
        content: [
          '200 g flour',
          { type: 'lineBreak' },
          '2 eggs',
          { type: 'lineBreak' },
          'H',
          { type: 'text', text: '2', sub: true },
          'O at 10',
          { type: 'text', text: '5', sup: true },
          ' Pa, a ratio 3:to 1',
        ],
      },
    ]);
  });

  it('reads callouts: a Q&A titled by its label, key facts, an explainer and a bottom line of several paragraphs', () => {
    const { article, problems, dropped } = parse(
      [
        ':::qa[What is a *polar vortex*?]',
        'A band of cold air over the pole.',
        '',
        '- It weakens in winter.',
        '- Cold air then spills south.',
        ':::',
        '',
        ':::keyfacts',
        '1. Forecasts reach ten days.',
        ':::',
        '',
        ':::explainer[How a forecast is made]',
        'Models run on supercomputers.',
        ':::',
        '',
        ':::bottomline',
        'First.',
        '',
        'Second.',
        ':::',
      ].join('\n'),
    );
    expect({ problems, dropped }).toEqual({ problems: [], dropped: [] });
    const paragraph = (text: string) => ({ type: 'paragraph', content: [text] });
    expect(article?.body).toEqual([
      {
        type: 'callout',
        kind: 'qa',
        title: ['What is a ', { type: 'text', text: 'polar vortex', em: true }, '?'],
        body: [
          paragraph('A band of cold air over the pole.'),
          { type: 'list', style: 'bulleted', items: [['It weakens in winter.'], ['Cold air then spills south.']] },
        ],
      },
      {
        type: 'callout',
        kind: 'keyFacts',
        body: [{ type: 'list', style: 'numbered', items: [['Forecasts reach ten days.']] }],
      },
      {
        type: 'callout',
        kind: 'explainer',
        title: ['How a forecast is made'],
        body: [paragraph('Models run on supercomputers.')],
      },
      { type: 'callout', kind: 'bottomLine', body: [paragraph('First.'), paragraph('Second.')] },
    ]);
  });

  it('notes an unknown directive inside a callout and names the line of a block a callout cannot hold', () => {
    const { article, problems, dropped } = parse(
      [':::explainer', 'Kept.', '', '::quiz{id=1}', '', ':::pullquote', 'Not here.', ':::', ':::'].join('\n'),
    );
    expect(article).toBeUndefined();
    expect(dropped).toEqual([
      { file: 'written.md', line: 13, path: 'body', message: 'Dropped a block of unknown kind "quiz"' },
    ]);
    expect(problems).toEqual([
      { file: 'written.md', line: 15, path: 'body.0.body.1.type', message: 'A callout holds paragraphs and lists' },
    ]);
  });

  it('reads a table: its header row, cells with inline content, column alignment, and a caption and row headers from :::table', () => {
    const { article, problems, dropped } = parse(
      [
        ':::table[Rainfall, *in mm*]{rowHeaders}',
        '| Month | Rain |',
        '| :---- | ---: |',
        '| January | 10 |',
        '| February |',
        ':::',
        '',
        '| Symbol | Means |',
        '| --- | --- |',
        '| ☀ | [Sun](/article/sun) |',
      ].join('\n'),
    );
    expect({ problems, dropped }).toEqual({ problems: [], dropped: [] });
    expect(article?.body).toEqual([
      {
        type: 'table',
        caption: ['Rainfall, ', { type: 'text', text: 'in mm', em: true }],
        head: [['Month'], ['Rain']],
        rows: [
          [['January'], ['10']],
          [['February'], []],
        ],
        align: ['left', 'right'],
        rowHeaders: true,
      },
      {
        type: 'table',
        head: [['Symbol'], ['Means']],
        rows: [[['☀'], [{ type: 'link', href: '/article/sun', children: ['Sun'] }]]],
      },
    ]);
  });

  it('names the line of a bad table cell', () => {
    const { problems } = parse(['| Link |', '| --- |', '| ok |', '| [bad](javascript:alert(1)) |'].join('\n'));
    expect(problems).toEqual([expect.objectContaining({ line: 13, path: 'body.0.rows.1.0.0.href' })]);
  });

  it('reads corrections and editor’s notes from the front matter, their text as a line of Markdown', () => {
    const front = FRONT.replace(
      'publishedAt: 2026-03-01T09:00:00Z\n',
      [
        'publishedAt: 2026-03-01T09:00:00Z',
        'notes:',
        '  - kind: correction',
        '    date: 2026-03-02T10:00:00Z',
        '    placement: foot',
        '    content: An earlier version said *Tuesday*; see [the schedule](/article/schedule).',
        '  - kind: editorsNote',
        '    date: 2026-03-02T11:00:00Z',
        '    placement: top',
        '    content: "[A bad link](javascript:alert(1))"',
        '',
      ].join('\n'),
    );
    const { problems } = parse('Text.', 'w.md', front);
    // The bad link is reported on its note's `content` line.
    expect(problems).toEqual([expect.objectContaining({ line: 16, path: 'notes.1.content.0.href' })]);

    const good = parse('Text.', 'w.md', front.replace('[A bad link](javascript:alert(1))', 'Part of a series.'));
    expect(good.problems).toEqual([]);
    expect(good.article?.notes).toEqual([
      {
        kind: 'correction',
        date: '2026-03-02T10:00:00Z',
        placement: 'foot',
        content: [
          'An earlier version said ',
          { type: 'text', text: 'Tuesday', em: true },
          '; see ',
          { type: 'link', href: '/article/schedule', children: ['the schedule'] },
          '.',
        ],
      },
      { kind: 'editorsNote', date: '2026-03-02T11:00:00Z', placement: 'top', content: ['Part of a series.'] },
    ]);
  });

  it('reads a rich standfirst from :::standfirst, and refuses one written twice', () => {
    const body = [':::standfirst', 'A *rich* standfirst.', '', '- with a list', ':::', '', 'The story.'].join('\n');
    const front = FRONT.replace('summary: An article an editor typed.\n', '');
    const { article, problems } = parse(body, 'w.md', front);
    expect(problems).toEqual([]);
    expect(article?.summary).toEqual([
      { type: 'paragraph', content: ['A ', { type: 'text', text: 'rich', em: true }, ' standfirst.'] },
      { type: 'list', style: 'bulleted', items: [['with a list']] },
    ]);
    expect(article?.body).toEqual([{ type: 'paragraph', content: ['The story.'] }]);
    expect(parse(body).problems).toEqual([
      expect.objectContaining({ line: 4, path: 'summary', message: expect.stringContaining('written twice') }),
    ]);
  });

  it('takes an article with no summary or byline and a pull quote that names no one', () => {
    const front = FRONT.replace('summary: An article an editor typed.\n', '').replace(
      'byline:\n  - name: Ada Editor\n',
      '',
    );
    const { article, problems } = parse(':::pullquote\nSaid by the article itself.\n:::', 'w.md', front);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ byline: [], body: [{ type: 'pullQuote', text: 'Said by the article itself.' }] });
    expect(article?.summary).toBeUndefined();
  });

  it('names the line of a field inside a block, and of a nested front matter field', () => {
    const front = FRONT.replace('  - name: Ada Editor', '  - name: Ada Editor\n  - role: No name');
    const { problems } = parse(
      ['Text.', '', '::image[A map]{src="/images/map.svg" width=wide height=800}'].join('\n'),
      'w.md',
      front,
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'w.md', line: 7, path: 'byline.1.name' }),
      expect.objectContaining({ file: 'w.md', line: 13, path: 'body.1.width' }),
    ]);
  });

  it('reports front matter that is not YAML on its line, and a file without front matter', () => {
    const broken = parse(
      'Text.',
      'w.md',
      FRONT.replace('headline: Written in Markdown', 'headline: One\nheadline: Two'),
    );
    expect(broken.article).toBeUndefined();
    expect(broken.problems).toEqual([expect.objectContaining({ file: 'w.md', line: 4, path: '(front matter)' })]);
    const bare = parseArticleFile('bare.md', '# Just a heading\n\nAnd text.');
    expect(bare.problems).toEqual([expect.objectContaining({ file: 'bare.md', line: 1, path: '(file)' })]);
  });

  it('drops a block directive of an unknown kind and an image without a size, noting each line', () => {
    const { article, dropped } = parse(
      [':::quiz{id="q1"}', 'Which?', ':::', '', '![A photo](/images/photo.jpg)', '', 'Kept.'].join('\n'),
    );
    expect(article?.body).toEqual([{ type: 'paragraph', content: ['Kept.'] }]);
    expect(dropped).toEqual([
      { file: 'written.md', line: 10, path: 'body', message: 'Dropped a block of unknown kind "quiz"' },
      expect.objectContaining({ line: 14, message: expect.stringContaining('An image needs its size') }),
    ]);
  });
});
