import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../src/contract/article';
import { generateContent } from '../../scripts/generate-content';

const COUNT = 2_000;
let out: string;
let articles: Article[];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'generated-'));
  await generateContent({ count: COUNT, out });
  const dir = path.join(out, 'articles');
  articles = readdirSync(dir).map((name) =>
    articleSchema.parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))),
  );
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('generated content', () => {
  it('writes the asked-for number of valid articles, the smaller folder a prefix of the larger', async () => {
    expect(articles).toHaveLength(COUNT);
    const small = await generateContent({ count: 100, out: path.join(out, 'small') });
    const large = new Set(articles.map((a) => a.slug));
    expect(small.slugs.every((slug) => large.has(slug))).toBe(true);
  });

  it('gives the news desks more articles than culture, and every section some', () => {
    const bySection = countBy(articles, (a) => a.section);
    expect(bySection.size).toBe(6);
    expect(bySection.get('politics') ?? 0).toBeGreaterThan(2 * (bySection.get('culture') ?? 0));
    expect(Math.min(...bySection.values())).toBeGreaterThan(COUNT * 0.05);
  });

  it('bylines a staff of writers, each with one role, a few far more prolific than most', () => {
    const roles = new Map<string, Set<string>>();
    for (const { name, role } of articles.flatMap((a) => a.byline))
      roles.set(name, (roles.get(name) ?? new Set()).add(role ?? ''));
    expect([...roles.values()].every((r) => r.size === 1)).toBe(true);
    const byWriter = [...countBy(articles, (a) => a.byline[0]?.name ?? '').values()].sort((a, b) => b - a);
    const topTenth = byWriter.slice(0, Math.ceil(byWriter.length / 10)).reduce((s, n) => s + n, 0);
    expect(topTenth).toBeGreaterThan(COUNT * 0.25);
  });

  it('names as related the earlier articles of the same running story', () => {
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    const withRelated = articles.filter((a) => (a.related ?? []).length > 0);
    const sameStory = withRelated.filter((a) =>
      (a.related ?? []).some((slug) => bySlug.get(slug)?.tags.some((t) => a.tags.includes(t))),
    );
    expect(withRelated.length).toBeGreaterThan(COUNT * 0.2);
    expect(sameStory.length).toBeGreaterThan(withRelated.length * 0.7);
  });
});
