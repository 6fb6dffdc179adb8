import type { Article } from '../../../contract/article';
import { bodyText, standfirstText } from '../../../contract/article-text';
import type { SearchDocument } from './search-index';

/** What search reads of an article: its words as plain text, through the contract's text extraction. */
export function searchDocument(article: Article): SearchDocument {
  return {
    slug: article.slug,
    section: article.section,
    publishedAt: article.publishedAt,
    headline: article.headline,
    summary: article.summary ? standfirstText(article.summary) : '',
    body: bodyText(article.body),
    tags: article.tags.join(', '),
    bylines: article.byline.map((b) => (b.role ? `${b.name}, ${b.role}` : b.name)).join('; '),
  };
}
