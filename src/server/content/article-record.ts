import { createHash } from 'node:crypto';
import path from 'node:path';
import { toSummary, type Article, type ArticleSummary } from '../../contract/article';

/** An article as lists show it, with what relates it to others: everything but the body. */
export type ArticleRecord = {
  summary: ArticleSummary;
  tags: string[];
  related: string[];
  /** The byline's names, as written: each has an author page. */
  authors?: string[];
  /** The content file the article came from. */
  file: string;
};

/**
 * What stays in memory per article at archive scale: enough to sort, list, relate and purge it, not its summary
 * (read from the index when a list shows it). `listed` is a digest of what lists show (summary, tags, related):
 * two versions with the same digest differ in the body alone.
 */
export type ArticleListing = {
  slug: string;
  section: string;
  publishedAt: string;
  tags: string[];
  related: string[];
  authors?: string[];
  /** The content file's name in the articles folder (the folder is the reader's to know: it may have moved). */
  name: string;
  listed: string;
};

export function toRecord(article: Article, file: string): ArticleRecord {
  const authors = article.byline.map((person) => person.name);
  return { summary: toSummary(article), tags: article.tags, related: article.related ?? [], authors, file };
}

export function toListing({ summary, tags, related, authors = [], file }: ArticleRecord): ArticleListing {
  const listed = createHash('sha1')
    .update(JSON.stringify([summary, tags, related, authors]))
    .digest('base64url')
    .slice(0, 16);
  const { slug, section, publishedAt } = summary;
  return { slug, section, publishedAt, tags, related, authors, name: path.basename(file), listed };
}

/** A record (with its summary) or a listing (without): the listing either way. */
export const listingOf = (item: ArticleRecord | ArticleListing): ArticleListing =>
  'summary' in item ? toListing(item) : item;
