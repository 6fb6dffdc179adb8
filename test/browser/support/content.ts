import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../src/contract/article';
import type { Inline } from '../../../src/contract/inline';
import { publicationSchema } from '../../../src/contract/publication';
import { parseArticleFile } from '../../../src/server/content/parse-article-file';

// The repo's own content files are what the built server serves: expected texts come from them, never retyped.
const contentDir = path.resolve(import.meta.dirname, '../../../content');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(contentDir, file), 'utf8'));

export const publication = publicationSchema.parse(readJson('publication.json'));

/** A sample article as the server loads it, from its JSON or its Markdown file. */
export function readArticle(slug: string): Article {
  const json = path.join(contentDir, 'articles', `${slug}.json`);
  const file = existsSync(json) ? json : path.join(contentDir, 'articles', `${slug}.md`);
  const { article, problems } = parseArticleFile(file, readFileSync(file, 'utf8'));
  if (!article) throw new Error(`${file} does not load: ${JSON.stringify(problems)}`);
  return article;
}

export const seed = readArticle('trump-petro-white-house-meeting');

/** The text a reader sees for a run of inline content. */
export function inlineText(content: Inline[]): string {
  return content
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.type === 'link')
        return node.children.map((child) => (typeof child === 'string' ? child : child.text)).join('');
      if (node.type === 'lineBreak') return '\n';
      return node.text;
    })
    .join('');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text as React's server renderer writes it into HTML, to look for it in a raw response. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
