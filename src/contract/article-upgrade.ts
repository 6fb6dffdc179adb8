import { articleSchema, SCHEMA_VERSION } from './article';
import { z } from './zod';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One step per version: each takes a file of version N, as written, to version N + 1. A step changes only
 * shapes it recognises and leaves anything else as it was, so the current schema still names what is wrong.
 */
const STEPS: Record<number, (article: Fields) => Fields> = {
  // Version 2 allows more (no byline, no summary, pull quotes without attribution, wider section ids) and
  // changes one shape: a heading's plain `text` becomes inline `content`, which may hold links and emphasis.
  1: (article) => ({
    ...article,
    schemaVersion: 2,
    ...(Array.isArray(article.body) ? { body: article.body.map(headingToContent) } : {}),
  }),
};

function headingToContent(block: unknown): unknown {
  if (!isFields(block) || block.type !== 'heading' || typeof block.text !== 'string') return block;
  const { text, ...rest } = block;
  return { ...rest, content: [text] };
}

/** An article file's fields, carried from the version it was written in to the current one. */
export function upgradeArticle(input: unknown): unknown {
  let article = input;
  while (isFields(article) && typeof article.schemaVersion === 'number' && article.schemaVersion < SCHEMA_VERSION) {
    const step = STEPS[article.schemaVersion];
    if (!step) break;
    article = step(article);
  }
  return article;
}

/** An article file of any supported version, checked as the current version after its upgrade. */
export const articleFileSchema = z.preprocess(upgradeArticle, articleSchema);
