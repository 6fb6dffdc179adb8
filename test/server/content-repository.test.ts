import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/contract/article';
import type { ArticleRecord } from '../../src/server/content/article-record';
import { ContentRepository } from '../../src/server/content/content-repository';
import { publication } from '../support/fixtures';

// Related articles, by their definition: the explicitly named ones first, then those sharing the most tags
// (newest first among equals), then the newest in the same section; never the article itself, never twice.
// The repository computes this with counting arrays; here it is computed the plain way, and they must agree.

const SECTIONS = publication.sections.map((s) => s.id);
const TAGS = ['Energy', 'energy', 'Trade', 'Maps', 'Ships', 'Rain', 'Law'];

const record = (i: number, day: number, section: string, tags: string[], related: number[]): ArticleRecord => ({
  summary: {
    slug: `a${i}`,
    section,
    headline: `Article ${i}`,
    summary: 'Illustrative',
    publishedAt: new Date(Date.UTC(2025, 0, 1 + day)).toISOString(),
  },
  tags,
  related: related.map((r) => `a${r}`),
  file: `a${i}.json`,
});

const recordsArbitrary = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 20 }), // few days: many ties, so the slug tie-break is exercised
      section: fc.constantFrom(...SECTIONS),
      tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 4 }),
      related: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((specs) => specs.map((s, i) => record(i, s.day, s.section, s.tags, s.related)));

const newer = (a: ArticleSummary, b: ArticleSummary) =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0);

function relatedByDefinition(records: ArticleRecord[], slug: string, limit: number): string[] {
  const self = records.find((r) => r.summary.slug === slug) as ArticleRecord;
  const exists = new Set(records.map((r) => r.summary.slug));
  const out: string[] = [];
  const add = (s: string) => {
    if (out.length < limit && s !== slug && exists.has(s) && !out.includes(s)) out.push(s);
  };
  self.related.forEach(add);
  const mine = new Set(self.tags.map((t) => t.toLowerCase()));
  const shared = (r: ArticleRecord) => new Set(r.tags.map((t) => t.toLowerCase()).filter((t) => mine.has(t))).size;
  records
    .filter((r) => shared(r) > 0)
    .sort((a, b) => shared(b) - shared(a) || newer(a.summary, b.summary))
    .forEach((r) => add(r.summary.slug));
  records
    .filter((r) => r.summary.section === self.summary.section)
    .sort((a, b) => newer(a.summary, b.summary))
    .forEach((r) => add(r.summary.slug));
  return out;
}

const noBodies = () => Promise.reject(new Error('not needed here'));

describe('related articles', () => {
  it('are the named ones, then the most shared tags, then the section, newest first within each', () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.integer({ min: 1, max: 6 }), (records, limit) => {
        const repository = new ContentRepository(publication, records, noBodies);
        for (const { summary } of records) {
          const got = repository.related(summary.slug, limit).map((s) => s.slug);
          expect(got).toEqual(relatedByDefinition(records, summary.slug, limit));
        }
        // Called again (the counts are reused between calls), the answers are the same.
        const first = records[0]?.summary.slug ?? '';
        expect(repository.related(first, limit)).toEqual(repository.related(first, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('are empty for an article the repository does not have', () => {
    const repository = new ContentRepository(publication, [record(1, 0, SECTIONS[0] ?? '', ['Law'], [])], noBodies);
    expect(repository.related('no-such-article')).toEqual([]);
  });
});

describe('changes while serving', () => {
  const everything = (repository: ContentRepository, records: ArticleRecord[]) => ({
    newest: repository.list({ limit: 1000 })?.items.map((s) => s.slug),
    sections: SECTIONS.map((section) => repository.list({ section, limit: 1000 })?.items.map((s) => s.slug)),
    related: records.map((r) => repository.related(r.summary.slug).map((s) => s.slug)),
  });

  it('added, replaced and removed one at a time, answer as if loaded at once', () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.array(fc.nat(), { maxLength: 20 }), (records, removals) => {
        const live = new ContentRepository(publication, [], noBodies);
        // Added in reverse, each twice (the second replaces the first), then some removed.
        for (const r of [...records].reverse()) live.apply({ set: [r] });
        for (const r of records) live.apply({ set: [r] });
        const removed = new Set(removals.map((n) => records[n % records.length]?.summary.slug ?? ''));
        live.apply({ remove: [...removed] });
        const kept = records.filter((r) => !removed.has(r.summary.slug));
        expect(everything(live, kept)).toEqual(everything(new ContentRepository(publication, kept, noBodies), kept));
        for (const slug of removed) expect(live.isGone(slug)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('picks related articles again after a change, though they were just asked for', () => {
    const [politics = ''] = SECTIONS;
    const live = new ContentRepository(
      publication,
      [record(1, 1, politics, ['Rain'], []), record(2, 2, politics, ['Law'], []), record(3, 3, politics, [], [])],
      noBodies,
    );
    expect(live.related('a1', 4).map((s) => s.slug)).toEqual(['a3', 'a2']);
    expect(live.related('a1').map((s) => s.slug)).toEqual(['a3', 'a2']);
    live.apply({ set: [record(2, 2, politics, ['Rain'], [])] });
    expect(live.related('a1').map((s) => s.slug)).toEqual(['a2', 'a3']);
  });

  it('answers as if loaded at once after thousands of edits (the packed tag lists are compacted as they go)', () => {
    const [politics = ''] = SECTIONS;
    const version = (i: number, round: number) =>
      record(i, i, politics, [TAGS[(i + round) % TAGS.length] ?? '', TAGS[(i * round) % TAGS.length] ?? '', 'Law'], []);
    const live = new ContentRepository(publication, [], noBodies);
    for (let round = 0; round < 200; round++)
      live.apply({ set: Array.from({ length: 10 }, (_, i) => version(i, round)) });
    const last = Array.from({ length: 10 }, (_, i) => version(i, 199));
    const fresh = new ContentRepository(publication, last, noBodies);
    expect(everything(live, last)).toEqual(everything(fresh, last));
    for (const tag of ['law', 'energy', 'maps'])
      expect(live.listBy('tag', tag, { limit: 20 })?.items.map((s) => s.slug)).toEqual(
        fresh.listBy('tag', tag, { limit: 20 })?.items.map((s) => s.slug),
      );
  });

  it('refuses a cursor it did not issue', () => {
    const live = new ContentRepository(publication, [record(1, 1, SECTIONS[0] ?? '', [], [])], noBodies);
    const forged = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    expect(live.list({ limit: 4, cursor: forged('no separator') })).toBeUndefined();
    expect(live.list({ limit: 4, cursor: forged('not a time\u0000a1') })).toBeUndefined();
    expect(live.listBy('tag', 'law', { limit: 4, cursor: forged('yesterday\u0000a1') })).toBeUndefined();
    expect(
      live.list({ limit: 4, cursor: forged('2025-01-03T00:00:00.000Z\u0000a9') })?.items.map((s) => s.slug),
    ).toEqual(['a1']);
  });

  it('keeps a cursor stable while newer articles are added', () => {
    const records = Array.from({ length: 10 }, (_, i) => record(i, i, SECTIONS[0] ?? '', [], []));
    const live = new ContentRepository(publication, records, noBodies);
    const first = live.list({ limit: 4 });
    live.apply({ set: [record(50, 30, SECTIONS[0] ?? '', [], []), record(51, 31, SECTIONS[0] ?? '', [], [])] });
    const second = live.list({ limit: 4, cursor: first?.nextCursor ?? '' });
    expect(second?.items.map((s) => s.slug)).toEqual(['a5', 'a4', 'a3', 'a2']);
  });
});

describe('the end of an article', () => {
  const [politics = '', science = ''] = SECTIONS;
  // a0…a6 in one section, a0 oldest; a6 names a5 as related; a7 alone in another section.
  const records = [
    ...[0, 1, 2, 3, 4, 5].map((i) => record(i, i, politics, [], [])),
    record(6, 6, politics, [], [5]),
    record(7, 7, science, [], []),
  ];
  const repository = new ContentRepository(publication, records, noBodies);
  const slugs = (items: ArticleSummary[]) => items.map((s) => s.slug);

  it('goes next to the next older article in the section, and from the oldest back to the newest', () => {
    expect(repository.continuation('a3').next?.slug).toBe('a2');
    expect(repository.continuation('a0').next?.slug).toBe('a6');
  });

  it('offers more from the section, never the article itself, a related one or the next one', () => {
    const { next, more } = repository.continuation('a6');
    // Related: a5 (named), then the section's newest, a4, a3, a2. Next: a5.
    expect(slugs(repository.related('a6'))).toEqual(['a5', 'a4', 'a3', 'a2']);
    expect(next?.slug).toBe('a5');
    expect(slugs(more)).toEqual(['a1', 'a0']);
  });

  it('goes next to the newest article elsewhere when the section has no other', () => {
    expect(repository.continuation('a7')).toEqual({ next: expect.objectContaining({ slug: 'a6' }), more: [] });
  });
});
