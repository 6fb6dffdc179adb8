import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/contract/article';
import { feedbackSubmissionSchema } from '../../src/contract/feedback';
import { publicationSchema } from '../../src/contract/publication';
import { articleLike } from '../support/arbitraries';
import { isHarmlessLink, isOwnImage } from '../support/url-oracle';

function linksOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linksOf);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = record.type === 'link' && typeof record.href === 'string' ? [record.href] : [];
    return [...own, ...Object.values(record).flatMap(linksOf)];
  }
  return [];
}

describe('the contract on arbitrary input', () => {
  it('never throws, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const schema of [articleSchema, publicationSchema, feedbackSubmissionSchema]) {
          expect(() => schema.safeParse(json)).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a disallowed link or image source through', () => {
    fc.assert(
      fc.property(articleLike, (input) => {
        const result = articleSchema.safeParse(input);
        if (!result.success) return;
        for (const link of linksOf(result.data.body)) expect(isHarmlessLink(link), link).toBe(true);
        for (const block of result.data.body)
          if (block.type === 'image') expect(isOwnImage(block.src), block.src).toBe(true);
        // Unknown blocks are gone, inside callouts too, and a bottom line is read as the callout it is.
        const known = ['paragraph', 'heading', 'pullQuote', 'image', 'list', 'callout', 'table'];
        expect(result.data.body.every((b) => known.includes(b.type))).toBe(true);
        for (const block of result.data.body)
          if (block.type === 'callout')
            expect(block.body.every((b) => b.type === 'paragraph' || b.type === 'list')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
