import path from 'node:path';
import type { ArticleSummary } from '../../contract/article';
import { publicationFileSchema, type Publication } from '../../contract/publication';
import type { SitePage } from '../../contract/site-page';
import { openContentIndex, type ContentIndex } from '../store/content-index';
import type { AuthorProfile } from '../../contract/author';
import { ContentFiles } from './content-files';
import { loadAuthors } from './load-authors';
import { footerLinks, loadSitePages } from './load-site-pages';
import type { ArticleListing, ArticleRecord } from './article-record';
import { parseFile, type ContentProblem } from './parse-article-file';
import { readContentFile } from './read-content-file';

export type LoadedContent = {
  publication: Publication;
  /** Every valid article: a listing when read from the index (its summary and body are read when asked for), a record when just parsed. */
  articles: (ArticleRecord | ArticleListing)[];
  /** Author profiles by slug (`authors/*.json`). */
  authors: Map<string, AuthorProfile>;
  /** The site's own pages by slug (`pages/*.md`): about, corrections policy, contact, privacy. */
  sitePages: Map<string, SitePage>;
  /** Files or fields that were rejected: the file was skipped (or its last good version kept). */
  problems: ContentProblem[];
  /** Blocks of unknown types that were dropped: the article still serves. */
  notices: ContentProblem[];
  /** The folder's files as loaded, to follow their changes (`watchContent`) and read bodies from. */
  files: ContentFiles;
  /** Every valid article's summary, read from the index where it is not in memory. */
  summaries(): ArticleSummary[];
};

/**
 * Reads `publication.json` and `articles/*.json` and `*.md`, through the index (`index`, in memory when not given): only
 * files changed since it last saw them are parsed. A bad article is reported (file and field path) and skipped
 * so the rest still serve (one dated in the future is not bad: it is scheduled, see ContentRepository); a bad
 * publication file stops start-up, since nothing can render without it.
 */
export async function loadContent(contentDir: string, index: ContentIndex = openContentIndex(undefined)): Promise<LoadedContent> {
  const { file: publicationFile, publication, problems: refused } = await readPublication(contentDir);
  if (!publication) {
    const detail = refused.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new Error(`${publicationFile} is invalid: ${detail}`);
  }
  const sectionIds = new Set(publication.sections.map((s) => s.id));
  const files = new ContentFiles(path.join(contentDir, 'articles'), index, sectionIds);
  const scanned = await files.scan();
  const authors = await loadAuthors(contentDir);
  const sitePages = await loadSitePages(contentDir);
  const summaries = () =>
    scanned.records.flatMap((item) => ('summary' in item ? item.summary : (files.summary(item.name) ?? [])));
  const problems = [...scanned.problems, ...authors.problems, ...sitePages.problems];
  return {
    publication: { ...publication, pages: footerLinks(sitePages.pages) },
    articles: scanned.records,
    authors: authors.profiles,
    sitePages: sitePages.pages,
    problems,
    notices: [...scanned.notices, ...sitePages.notices],
    files,
    summaries,
  };
}

/** `publication.json`, checked: the publication, or what is wrong with the file. */
export async function readPublication(contentDir: string) {
  const file = path.join(contentDir, 'publication.json');
  const problems: ContentProblem[] = [];
  const reading = await readContentFile(file);
  if (reading.kind !== 'text') {
    const message = reading.kind === 'missing' ? `${file} is missing` : reading.message;
    return { file, publication: undefined, problems: [{ file, path: '(file)', message }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(reading.text);
  } catch (error) {
    return { file, publication: undefined, problems: [{ file, path: '(file)', message: (error as Error).message }] };
  }
  // The footer's pages come from content/pages/, not from this file (loadContent fills them in).
  const parsed = parseFile(file, publicationFileSchema, json, problems);
  const publication: Publication | undefined = parsed && { ...parsed, pages: [] };
  return { file, publication, problems };
}
