import { describe, expect, it } from 'vitest';
import { changeTouches } from '../../src/server/content/change-touches';
import type { ArticleRecord } from '../../src/server/content/article-record';

const record = (changes: Partial<ArticleRecord['summary']> = {}, tags = ['Energy'], related: string[] = []) => ({
  summary: {
    slug: 'grid',
    section: 'science',
    headline: 'The grid',
    summary: 'How power moves',
    publishedAt: '2025-01-01T00:00:00.000Z',
    ...changes,
  },
  tags,
  related,
  file: 'grid.json',
});

describe('what a change touches', () => {
  it('an edit to the body alone: only the article page and its API answer', () => {
    expect(changeTouches(record(), record())).toEqual({
      keys: ['article:grid'],
      paths: ['/article/grid', '/api/articles/grid'],
    });
  });

  it('a new article: itself, its section, its tags and the front page', () => {
    const { keys, paths } = changeTouches(undefined, record());
    expect(keys.sort()).toEqual(['article:grid', 'front', 'section:science', 'tag:energy']);
    expect(paths.sort()).toEqual(
      [
        '/',
        '/api/articles',
        '/api/articles/grid',
        '/api/front',
        '/api/articles?section=science',
        '/api/trending',
        '/api/tags/energy',
        '/article/grid',
        '/section/science',
        '/tag/energy',
      ].sort(),
    );
  });

  it('a new byline: the pages of the authors it had and has, and their API answers', () => {
    const { keys, paths } = changeTouches(
      { ...record(), authors: ['Ana Ruiz'] },
      { ...record({ headline: 'The grid, again' }), authors: ['José Ortiz'] },
    );
    expect(keys).toEqual(expect.arrayContaining(['author:ana-ruiz', 'author:jose-ortiz']));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/author/ana-ruiz',
        '/api/authors/ana-ruiz',
        '/author/jose-ortiz',
        '/api/authors/jose-ortiz',
      ]),
    );
  });

  it('a move to another section with other tags: both sections and every tag, before and after', () => {
    const { keys } = changeTouches(record(), record({ section: 'politics' }, ['Law']));
    expect(keys.sort()).toEqual([
      'article:grid',
      'front',
      'section:politics',
      'section:science',
      'tag:energy',
      'tag:law',
    ]);
  });

  it('a new headline: every list that shows it, though it stays in the same ones', () => {
    expect(changeTouches(record(), record({ headline: 'The new grid' })).keys).toContain('front');
  });

  it('a removal: the lists it leaves', () => {
    expect(changeTouches(record(), undefined).keys.sort()).toEqual([
      'article:grid',
      'front',
      'section:science',
      'tag:energy',
    ]);
  });
});
