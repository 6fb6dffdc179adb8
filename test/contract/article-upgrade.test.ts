import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, SCHEMA_VERSION } from '../../src/contract/article';
import { articleFileSchema, upgradeArticle } from '../../src/contract/article-upgrade';
import { formatIssues } from '../../src/contract/format-issues';
import { parseArticleFile } from '../../src/server/content/parse-article-file';
import { contentDirectory, SEED_SLUG } from '../support/fixtures';

const articlesDir = path.join(contentDirectory, 'articles');
const jsonFiles = readdirSync(articlesDir).filter((name) => name.endsWith('.json'));
const sampleFiles = readdirSync(articlesDir).filter((name) => /\.(json|md)$/.test(name));
/** The reference article as a file of the current version would hold it. */
const seedAsCurrent = (): Record<string, unknown> => ({ ...articleFileSchema.parse(readJson(`${SEED_SLUG}.json`)) });
const readJson = (name: string) =>
  JSON.parse(readFileSync(path.join(articlesDir, name), 'utf8')) as Record<string, unknown>;

describe('version 1 articles upgraded to version 2', () => {
  it('the sample still holds version 1 files, so the upgrade is what loads them', () => {
    expect(jsonFiles.length).toBeGreaterThan(3);
    expect(jsonFiles.map((name) => readJson(name).schemaVersion)).toEqual(jsonFiles.map(() => 1));
  });

  it.each(jsonFiles)('%s loads as version 2 with every field it was written with', (name) => {
    const written = readJson(name);
    expect(articleSchema.safeParse(written).success).toBe(false); // version 1 is not served as it stands
    const article = articleFileSchema.parse(written);
    // A heading's `text` is its `content` now, a bottom line is a callout of that kind; the rest is as written.
    const body = (written.body as Record<string, unknown>[]).map(({ text, ...block }): Record<string, unknown> => {
      if (block.type === 'heading') return { ...block, content: [text] };
      if (block.type === 'bottomLine')
        return { type: 'callout', kind: 'bottomLine', body: [{ type: 'paragraph', content: block.content }] };
      return { text, ...block };
    });
    expect(article).toEqual({ ...written, schemaVersion: SCHEMA_VERSION, tags: written.tags ?? [], body });
    expect(body.some((block) => block.type === 'heading')).toBe(true);
  });

  it.each(sampleFiles)('%s, read as the server reads it, has no problem', (name) => {
    const { article, problems } = parseArticleFile(
      path.join(articlesDir, name),
      readFileSync(path.join(articlesDir, name), 'utf8'),
    );
    expect(problems).toEqual([]);
    expect(article?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('passes a current file through unchanged', () => {
    const current = seedAsCurrent();
    expect(upgradeArticle(current)).toBe(current);
    expect(articleFileSchema.parse(current)).toEqual(articleSchema.parse(current));
  });

  it('names the version field when it is one no step knows', () => {
    for (const schemaVersion of [0, 3, '1', undefined]) {
      const result = articleFileSchema.safeParse({ ...seedAsCurrent(), schemaVersion });
      expect(result.success).toBe(false);
      expect(formatIssues(result.error!)).toEqual([
        { path: 'schemaVersion', message: 'schemaVersion must be 2 (files of version 1 are upgraded when they load)' },
      ]);
    }
  });
});
