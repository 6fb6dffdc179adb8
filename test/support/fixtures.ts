import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleSchema, toSummary, type Article } from '../../src/contract/article';
import { publicationSchema } from '../../src/contract/publication';

// The bundled sample content is the fixture: tests read exactly what readers see.
const contentDir = path.resolve(import.meta.dirname, '../../content');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export const publication = publicationSchema.parse(readJson(path.join(contentDir, 'publication.json')));
export const articles: Article[] = readdirSync(path.join(contentDir, 'articles'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => articleSchema.parse(readJson(path.join(contentDir, 'articles', f))))
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

export const SEED_SLUG = 'trump-petro-white-house-meeting';
export const seedArticle = articles.find((a) => a.slug === SEED_SLUG) as Article;
export const summaries = articles.map(toSummary);
export const contentDirectory = contentDir;
