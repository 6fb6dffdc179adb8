import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/contract/blocks';
import { bodyText, countWords, readingMinutes } from '../../src/contract/article-text';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const paragraph = (text: string): Block => ({ type: 'paragraph', content: [text] });

describe('reading time', () => {
  it.each([
    [100, 1],
    [460, 2],
    [1_150, 5],
  ])('is %i words at 230 a minute: %i min', (count, minutes) => {
    expect(readingMinutes([paragraph(words(count))])).toBe(minutes);
  });

  it('counts the words of headings, lists, quotes, links and captions, not punctuation', () => {
    const body: Block[] = [
      { type: 'heading', level: 2, content: ['Two words'] },
      {
        type: 'list',
        style: 'bulleted',
        items: [['one'], [{ type: 'link', href: 'https://example.com', children: ['a link'] }]],
      },
      { type: 'pullQuote', text: '“It’s fine” —', attribution: 'Someone' },
      { type: 'image', src: '/images/x.jpg', alt: 'ignored alt', caption: 'A caption', width: 1, height: 1 },
    ];
    // Two words · one · a link · It’s fine · Someone · A caption (the dash is not a word; alt text is not read)
    expect(countWords(bodyText(body))).toBe(10);
    expect(readingMinutes(body)).toBe(1);
  });
});
