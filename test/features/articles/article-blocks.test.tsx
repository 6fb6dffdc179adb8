import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleInput } from '../../../src/contract/article';
import { server } from '../../support/msw-server';
import { renderApp } from '../../support/render-app';

const SLUG = 'every-block-type';

const everyBlock: ArticleInput = {
  schemaVersion: 2,
  slug: SLUG,
  section: 'science',
  headline: 'An article with every kind of block',
  summary: 'One of each block the renderer knows.',
  byline: [{ name: 'Ada Reporter' }, { name: 'Ben Editor' }],
  publishedAt: '2026-01-10T12:00:00Z',
  notes: [
    {
      kind: 'correction',
      date: '2026-01-12T15:00:00Z',
      placement: 'foot',
      content: ['An earlier version gave the wrong ', { type: 'text', text: 'month', em: true }, '.'],
    },
    { kind: 'editorsNote', date: '2026-01-11T09:00:00Z', placement: 'top', content: ['Part of a series.'] },
  ],
  body: [
    {
      type: 'paragraph',
      content: [
        'Plain text, ',
        { type: 'text', text: 'emphasised words', em: true },
        ', ',
        { type: 'text', text: 'strong words', strong: true },
        ' and ',
        { type: 'link', href: 'https://example.com/report', children: ['the full report'] },
        '.',
      ],
    },
    { type: 'heading', level: 2, content: ['A section heading'] },
    {
      type: 'heading',
      level: 3,
      content: [
        'A ',
        { type: 'text', text: 'smaller', em: true },
        ' heading with ',
        { type: 'link', href: '/article/sources', children: ['sources'] },
      ],
    },
    {
      type: 'paragraph',
      content: [
        'Ingredients:',
        { type: 'lineBreak' },
        '200 g flour',
        { type: 'lineBreak' },
        'H',
        { type: 'text', text: '2', sub: true },
        'O at 10',
        { type: 'text', text: '5', sup: true },
        ' pascals',
      ],
    },
    { type: 'pullQuote', text: 'Every block has its own component.', attribution: 'A style guide' },
    {
      type: 'image',
      src: '/images/chart.svg',
      alt: 'A bar chart of rainfall by month',
      caption: 'Rainfall peaked in March',
      credit: 'Met Office',
      width: 800,
      height: 600,
    },
    { type: 'list', style: 'bulleted', items: [['Apples'], ['Pears']] },
    { type: 'list', style: 'numbered', items: [['First step'], ['Second step'], ['Third step']] },
    {
      type: 'callout',
      kind: 'qa',
      title: ['What is a ', { type: 'text', text: 'polar vortex', em: true }, '?'],
      body: [
        { type: 'paragraph', content: ['A band of cold air over the pole.'] },
        { type: 'quiz' } as never, // not a block this version knows: skipped, the rest of the box stays
        { type: 'list', style: 'bulleted', items: [['It weakens in winter.'], ['Cold air spills south.']] },
      ],
    },
    { type: 'callout', kind: 'keyFacts', body: [{ type: 'paragraph', content: ['Forecasts reach ten days.'] }] },
    {
      type: 'table',
      caption: ['Rainfall by month'],
      head: [['Month'], ['Rain (mm)'], ['Source']],
      rows: [
        [['January'], ['10'], [{ type: 'link', href: '/article/rain-gauges', children: ['gauges'] }]],
        [['February'], ['8'], []],
      ],
      rowHeaders: true,
      align: [null, 'right', null],
    },
    { type: 'table', rows: [[['A table'], ['with no caption']]] },
    // A bottom line as version 1 wrote it: read as a callout of that kind.
    { type: 'bottomLine', content: ['Every block type renders.'] },
  ],
};

function serveArticle(article: unknown) {
  server.use(
    http.get(`*/api/articles/${SLUG}`, () =>
      HttpResponse.json({ article, related: [], moreInSection: [], next: null }),
    ),
  );
}

async function renderArticle(article: unknown) {
  serveArticle(article);
  const app = renderApp(`/article/${SLUG}`);
  await screen.findByRole('heading', { level: 1, name: everyBlock.headline });
  return { ...app, article: screen.getByRole('article') };
}

describe('article body blocks', () => {
  it('uses a fixture the contract accepts', () => {
    expect(articleSchema.safeParse(everyBlock).success).toBe(true);
  });

  it('renders a paragraph with emphasis, strong text and a link', async () => {
    const { article } = await renderArticle(everyBlock);
    expect(within(article).getByText('emphasised words').tagName).toBe('EM');
    expect(within(article).getByRole('strong')).toHaveTextContent('strong words');
    expect(within(article).getByRole('link', { name: 'the full report' })).toHaveAttribute(
      'href',
      'https://example.com/report',
    );
    expect(within(article).getByText(/^Plain text,/)).toHaveTextContent(
      'Plain text, emphasised words, strong words and the full report.',
    );
  });

  it('renders level 2 and level 3 headings, a heading with emphasis and a link', async () => {
    const { article } = await renderArticle(everyBlock);
    expect(within(article).getByRole('heading', { level: 2, name: 'A section heading' })).toBeInTheDocument();
    const smaller = within(article).getByRole('heading', { level: 3, name: 'A smaller heading with sources' });
    expect(within(smaller).getByRole('emphasis')).toHaveTextContent('smaller');
    expect(within(smaller).getByRole('link', { name: 'sources' })).toHaveAttribute('href', '/article/sources');
  });

  it('breaks lines inside a paragraph and raises and lowers text', async () => {
    const { article } = await renderArticle(everyBlock);
    const paragraph = within(article).getByText(/^Ingredients:/);
    // Each line is its own line to the reader, not run together.
    expect(paragraph.innerHTML).toMatch(/^Ingredients:<br>200 g flour<br>H/);
    expect(within(paragraph).getByRole('subscript')).toHaveTextContent('2');
    expect(within(paragraph).getByRole('superscript')).toHaveTextContent('5');
    expect(paragraph).toHaveTextContent('Ingredients:200 g flourH2O at 105 pascals');
  });

  it('renders a pull quote as a figure with a blockquote and its attribution', async () => {
    const { article } = await renderArticle(everyBlock);
    const quote = within(article).getByRole('blockquote');
    expect(quote).toHaveTextContent('Every block has its own component.');
    const figure = quote.parentElement as HTMLElement;
    expect(figure).toHaveRole('figure');
    expect(within(figure).getByText('A style guide').tagName).toBe('FIGCAPTION');
  });

  it('renders an image block as a figure with its caption and credit', async () => {
    const { article } = await renderArticle(everyBlock);
    const img = within(article).getByRole('img', { name: 'A bar chart of rainfall by month' });
    expect(img).toHaveAttribute('width', '800');
    expect(img).toHaveAttribute('height', '600');
    const figure = img.parentElement as HTMLElement;
    expect(figure).toHaveRole('figure');
    // The credit is told apart from the caption, not run on into it.
    expect(within(figure).getByText('Rainfall peaked in March')).toHaveTextContent(
      'Rainfall peaked in March Credit: Met Office',
    );
  });

  it('renders bulleted and numbered lists', async () => {
    const { article } = await renderArticle(everyBlock);
    const [bulleted, numbered] = within(article).getAllByRole('list');
    if (!bulleted || !numbered) throw new Error('expected two lists');

    expect(bulleted.tagName).toBe('UL');
    expect(
      within(bulleted)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Apples', 'Pears']);
    expect(numbered.tagName).toBe('OL');
    expect(
      within(numbered)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['First step', 'Second step', 'Third step']);
  });

  it('renders the bottom line as a labelled complementary region', async () => {
    const { article } = await renderArticle(everyBlock);
    const bottomLine = within(article).getByRole('complementary', { name: 'Bottom line' });
    expect(bottomLine).toHaveTextContent('Every block type renders.');
  });

  it('renders a callout as a complementary region named by its title, under its kind', async () => {
    const { article } = await renderArticle(everyBlock);
    const qa = within(article).getByRole('complementary', { name: 'What is a polar vortex?' });
    expect(within(qa).getByRole('heading', { level: 2, name: 'What is a polar vortex?' })).toBeInTheDocument();
    expect(within(qa).getByRole('emphasis')).toHaveTextContent('polar vortex');
    expect(within(qa).getByText('Q&A')).toBeInTheDocument();
    expect(within(qa).getByText('A band of cold air over the pole.').tagName).toBe('P');
    expect(
      within(qa)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['It weakens in winter.', 'Cold air spills south.']);
    // Without a title, the kind names the box.
    const facts = within(article).getByRole('complementary', { name: 'Key facts' });
    expect(facts).toHaveTextContent(/^Key factsForecasts reach ten days\.$/);
  });

  it('renders a table with its caption, column and row headers, in a focusable region that scrolls', async () => {
    const { article } = await renderArticle(everyBlock);
    const box = within(article).getByRole('region', { name: 'Rainfall by month' });
    expect(box).toHaveAttribute('tabindex', '0');
    const table = within(box).getByRole('table', { name: 'Rainfall by month' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Month', 'Rain (mm)', 'Source']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['January', 'February']);
    const [, january] = within(table).getAllByRole('row');
    expect(
      within(january!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['10', 'gauges']);
    expect(within(january!).getByRole('link', { name: 'gauges' })).toHaveAttribute('href', '/article/rain-gauges');
    expect(within(january!).getByRole('cell', { name: '10' })).toHaveClass('right');
    // A table without a caption still has a named box, and no header cells it was not given.
    const plain = within(article).getByRole('region', { name: 'Table' });
    expect(within(plain).queryAllByRole('columnheader')).toEqual([]);
    expect(within(plain).getAllByRole('cell')).toHaveLength(2);
  });

  it('shows each note where it says: the editor’s note before the story, the correction after it, each dated', async () => {
    const { article } = await renderArticle(everyBlock);
    const editorsNote = within(article).getByRole('heading', { level: 2, name: 'Editor’s note' }).parentElement!;
    const correction = within(article).getByRole('heading', { level: 2, name: 'Correction' }).parentElement!;
    expect(editorsNote).toHaveTextContent(/^Editor’s noteJanuary 11, 2026: Part of a series\.$/);
    expect(correction).toHaveTextContent(/^CorrectionJanuary 12, 2026: An earlier version gave the wrong month\.$/);
    expect(within(correction).getByRole('emphasis')).toHaveTextContent('month');
    expect(within(correction).getByText('January 12, 2026')).toHaveAttribute('datetime', '2026-01-12T15:00:00Z');
    // Top: after the header (and its dates), before the first paragraph. Foot: after the last block.
    const header = within(article).getByRole('heading', { level: 1 }).closest('header')!;
    const first = within(article).getByText(/^Plain text,/);
    const bottomLine = within(article).getByRole('complementary', { name: 'Bottom line' });
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect([follows(header, editorsNote), follows(editorsNote, first)]).toEqual([true, true]);
    expect(follows(bottomLine, correction)).toBe(true);
  });

  it('joins several authors in the byline', async () => {
    const { article } = await renderArticle(everyBlock);
    const ada = within(article).getByRole('link', { name: 'Ada Reporter' });
    expect(ada).toHaveAttribute('href', '/author/ada-reporter');
    expect(within(article).getByRole('link', { name: 'Ben Editor' })).toHaveAttribute('href', '/author/ben-editor');
    expect(ada.closest('p')).toHaveTextContent(/^By Ada Reporter and Ben Editor$/);
  });

  it('skips a block of an unknown type and renders the rest', async () => {
    const withUnknown = { ...everyBlock, body: [{ type: 'video', src: '/v.mp4' }, ...everyBlock.body] };
    const { article } = await renderArticle(withUnknown);
    expect(within(article).getByRole('heading', { level: 2, name: 'A section heading' })).toBeInTheDocument();
    expect(within(article).getByRole('complementary', { name: 'Bottom line' })).toBeInTheDocument();
  });

  it('never renders a javascript: link: the contract rejects the article and the reader sees the error state', async () => {
    const unsafe = {
      ...everyBlock,
      body: [{ type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(1)', children: ['click me'] }] }],
    };
    expect(articleSchema.safeParse(unsafe).success).toBe(false);
    serveArticle(unsafe);
    renderApp(`/article/${SLUG}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'click me' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: everyBlock.headline })).not.toBeInTheDocument();
  });
});

describe('an article that leaves out what version 2 makes optional', () => {
  const FIRST = 'A sponsored feature opens with this paragraph.';
  const bare = {
    ...everyBlock,
    summary: undefined,
    byline: [],
    body: [
      { type: 'image', src: '/images/chart.svg', alt: 'A chart', width: 800, height: 600 },
      { type: 'paragraph', content: [FIRST] },
      { type: 'pullQuote', text: 'Words the article itself says.' },
    ],
  };

  it('shows no standfirst and no byline, and describes the page by its first paragraph', async () => {
    const { article } = await renderArticle(bare);
    expect(within(article).queryByText(/^By /)).not.toBeInTheDocument();
    expect(article.querySelector('.standfirst')).toBeNull();
    expect(within(article).getAllByText(FIRST)).toHaveLength(1);
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute('content', FIRST);
  });

  it('shows a rich standfirst, its paragraphs and lists, and describes the page by its text', async () => {
    const summary = [
      { type: 'paragraph', content: ['Read ', { type: 'link', href: '/article/guide', children: ['the guide'] }, ':'] },
      { type: 'list', style: 'bulleted', items: [['first'], ['second']] },
    ];
    const { article } = await renderArticle({ ...bare, summary });
    const standfirst = article.querySelector('.standfirst') as HTMLElement;
    expect(within(standfirst).getByRole('link', { name: 'the guide' })).toHaveAttribute('href', '/article/guide');
    expect(
      within(standfirst)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['first', 'second']);
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      'Read the guide: first second',
    );
  });

  it('shows a pull quote without attribution as a quotation with no caption', async () => {
    const { article } = await renderArticle(bare);
    const quote = within(article).getByRole('blockquote');
    expect(quote).toHaveTextContent('Words the article itself says.');
    expect(quote.parentElement?.querySelector('figcaption')).toBeNull();
  });
});
