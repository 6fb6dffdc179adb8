import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toSummary, type Article } from '../../src/contract/article';
import { publicationSchema } from '../../src/contract/publication';
import { isArticleFileName } from '../../src/server/content/content-files';
import { describeProblem, parseArticleFile } from '../../src/server/content/parse-article-file';

// The bundled sample content is the fixture: tests read exactly what readers see.
const contentDir = path.resolve(import.meta.dirname, '../../content');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export const publication = publicationSchema.parse(readJson(path.join(contentDir, 'publication.json')));
/** An article file (JSON or Markdown) read as the server reads it; a sample with a problem fails the tests. */
const readArticle = (file: string): Article => {
  const { article, problems } = parseArticleFile(file, readFileSync(file, 'utf8'));
  if (!article) throw new Error(problems.map(describeProblem).join('\n'));
  return article;
};
const articleFileNames = readdirSync(path.join(contentDir, 'articles')).filter(isArticleFileName);
export const articles: Article[] = articleFileNames
  .map((f) => readArticle(path.join(contentDir, 'articles', f)))
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
/** The name of a sample article's file in `articles/`: `<slug>.json` or `<slug>.md`. */
export const sampleFileName = (slug: string) =>
  articleFileNames.find((name) => name.replace(/\.(json|md)$/, '') === slug) ?? `${slug}.json`;

export const SEED_SLUG = 'trump-petro-white-house-meeting';
export const seedArticle = articles.find((a) => a.slug === SEED_SLUG) as Article;
export const summaries = articles.map(toSummary);
export const contentDirectory = contentDir;
