import { describe, expect, it } from 'vitest';
import { sectionIdSchema } from '../../src/contract/section-id';
import { publicationSchema } from '../../src/contract/publication';

const messageFor = (id: string) => sectionIdSchema.safeParse(id).error?.issues.map((i) => i.message);

describe('section ids', () => {
  it.each(['politics', 'us-news-', 'tv_and_radio', 'v2.0', '~archive', '2026', 'a'.repeat(100)])('accepts %s', (id) => {
    expect(sectionIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    ['', ['Section id must not be empty']],
    ['a'.repeat(101), ['Section id is 101 characters long; at most 100 are allowed']],
    ['Politics', ['Section id must be lowercase: "P" at position 1 of "Politics"']],
    [
      'us news',
      ['Section id may hold only a–z, 0–9 and - . _ ~ (it is part of the address): a space at position 3 of "us news"'],
    ],
    [
      'news/world',
      ['Section id may hold only a–z, 0–9 and - . _ ~ (it is part of the address): "/" at position 5 of "news/world"'],
    ],
    [
      'économie',
      ['Section id may hold only a–z, 0–9 and - . _ ~ (it is part of the address): "é" at position 1 of "économie"'],
    ],
    ['..', ['Section id ".." would be read as a step in the address, not a name']],
  ])('refuses %j and says why', (id, messages) => {
    expect(messageFor(id)).toEqual(messages);
  });

  it('reports a bad section of a publication at its path', () => {
    const result = publicationSchema.safeParse({
      schemaVersion: 2,
      name: 'A paper',
      sections: [
        { id: 'ok-', name: 'Fine' },
        { id: 'Bad', name: 'Not fine' },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['sections.1.id']);
  });
});
