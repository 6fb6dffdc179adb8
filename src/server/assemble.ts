import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { systemClock, type Clock } from './content/clock';
import type { ContentFiles } from './content/content-files';
import { ContentRepository } from './content/content-repository';
import { loadContent } from './content/load-content';
import type { AuthorProfile } from '../contract/author';
import type { SitePage } from '../contract/site-page';
import { describeProblem, type ContentProblem } from './content/parse-article-file';
import { startPublishSchedule } from './content/publish-schedule';
import { watchContent, type ContentWatch } from './content/watch-content';
import { createLogger } from './http/logger-options';
import type { PageRenderer } from './render/rendered-page';
import { lockDataDir } from './store/data-dir-lock';
import { describePostgres, openPostgresStore } from './store/postgres/postgres-store';
import { openContentIndex, type ContentIndex } from './store/content-index';
import { indexSearchBacklog } from './content/search/search-backlog';
import { searchDocument } from './content/search/search-document';
import { openMemorySearchIndex } from './store/sqlite-search-index';
import type { SearchIndex } from './content/search/search-index';
import { openResilientStore } from './store/resilient-store';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/store';
import { storeEventsLog } from './store/store-events-log';

/** How pages are made: from the build in production, through Vite in development, from source in tests. */
export type Frontend = {
  /** Built client (dist/client), served as static files. */
  clientDir?: string;
  /** CSP sources for the <style> elements the page template carries (inlined stylesheets). */
  styleSources?: string[];
  /** CSP sources for the boot script the page template carries inline. */
  scriptSources?: string[];
  renderPage?: PageRenderer;
  /** Development: Vite's middleware goes onto the app before it starts. */
  attach?(app: FastifyInstance): Promise<void>;
};

export type AssembleOptions = {
  frontend?: Frontend;
  /** Where logs go (stdout by default). */
  logStream?: NodeJS.WritableStream;
  /** Opens the database (SQLite in the data directory, or DATABASE_URL's PostgreSQL); tests swap in a failing one. */
  openStore?: (dataDir: string) => Store | Promise<Store>;
  /** Content already in memory (tests); by default it is loaded from `config.contentDir`. */
  content?: ContentRepository;
  /** Author profiles to go with given content; by default loaded with it. */
  authors?: ReadonlyMap<string, AuthorProfile>;
  /** The site's own pages to go with given content; by default loaded with it. */
  sitePages?: ReadonlyMap<string, SitePage>;
  /** What the server reads the time from (scheduled publishing, feedback, editor sessions); tests inject one. */
  clock?: Clock;
  /** Follow the content folder while serving: new, edited and removed files show with no restart. */
  watch?: boolean;
  /** Hears every content problem as it is logged (tests wait on it instead of reading the log). */
  onContentProblem?: (problem: ContentProblem) => void;
};

export type Assembly = {
  app: FastifyInstance;
  content: ContentRepository;
  store: Store;
  search: SearchIndex;
  /** Present when the content folder is followed (`watch`). */
  watching?: ContentWatch;
  /** Resolves once search covers every article (a first build of a large archive indexes in the background). */
  searchComplete: Promise<void>;
};

/**
 * The one way the server is put together, from a validated config: logger, content, store, app, pages.
 * Production, development, tests and the bench all come through here; only listening is left to the caller.
 */
export async function assemble(
  config: Config,
  {
    frontend = {},
    logStream,
    openStore,
    content: given,
    authors: givenAuthors,
    sitePages: givenSitePages,
    clock = systemClock,
    watch = false,
    onContentProblem,
  }: AssembleOptions = {},
): Promise<Assembly> {
  const logger = createLogger(config.logLevel, logStream);
  const { databaseUrl } = config;
  // Before anything touches the folder, a second server on it is refused, naming it (DataDirInUseError): it holds
  // the SQLite store and the content index. With PostgreSQL, any number of instances share the database, each
  // with a DATA_DIR of its own.
  const dataDirLock = lockDataDir(config.dataDir);
  const index = given
    ? undefined
    : openContentIndex(config.dataDir, (error) =>
        logger.warn({ err: error }, `Content index kept in memory: ${config.dataDir} cannot be written`),
      );
  const loaded = index && (await readContent(config.contentDir, index, clock));
  const content = given ?? (loaded?.content as ContentRepository);
  const stopSchedule = startPublishSchedule(content, clock);
  const open = openStore ?? (databaseUrl ? () => openPostgresStore(databaseUrl) : openSqliteStore);
  const store = openResilientStore(
    async () => open(config.dataDir),
    storeEventsLog(databaseUrl ? describePostgres(databaseUrl) : config.dataDir, (level, message, details) =>
      logger[level](details ?? {}, message),
    ),
  );

  const search = index?.search ?? (await searchOfGiven(content));
  const app = await buildApp({
    content,
    search,
    authors: givenAuthors ?? loaded?.authors,
    sitePages: givenSitePages ?? loaded?.sitePages,
    store,
    dev: config.dev,
    logger,
    adminToken: config.adminToken,
    feedbackRateLimit: config.feedbackRateLimit,
    feedbackRetentionMonths: config.feedbackRetentionMonths,
    benchRoutes: config.benchRoutes,
    http: config.http,
    cachePurgeUrls: config.cachePurgeUrls,
    clientDir: frontend.clientDir,
    styleSources: frontend.styleSources,
    scriptSources: frontend.scriptSources,
    renderPage: frontend.renderPage,
    now: () => clock.now(),
  });
  await frontend.attach?.(app);
  const onNotice = (notice: ContentProblem) => app.log.warn(notice, `Content notice ${describeProblem(notice)}`);
  const onProblem = (problem: ContentProblem) => {
    app.log.warn(problem, `Content problem ${describeProblem(problem)}`);
    onContentProblem?.(problem);
  };
  loaded?.notices.forEach(onNotice);
  loaded?.problems.forEach(onProblem);
  app.log.info(`Loaded ${content.size} articles from ${config.contentDir}`);
  const waiting = loaded?.files.searchBacklog() ?? 0;
  const backlog = loaded && waiting ? startSearchBacklog(loaded.files, waiting, app) : undefined;
  const watching: ContentWatch | undefined =
    watch && loaded ? watchContent({ ...loaded, content, onProblem, onNotice }) : undefined;
  app.addHook('onClose', async () => {
    stopSchedule();
    backlog?.stop();
    await watching?.close();
    index?.close();
    await store.close();
    dataDirLock?.release();
  });
  return { app, content, store, search, watching, searchComplete: backlog?.done ?? Promise.resolve() };
}

function startSearchBacklog(files: ContentFiles, waiting: number, app: FastifyInstance) {
  app.log.info(
    `Search is indexing ${waiting} articles in the background; until it is done it finds only part of the archive`,
  );
  return indexSearchBacklog(files, {
    onDone: (indexed) => app.log.info(`Search index complete (${indexed} articles indexed in the background)`),
  });
}

async function readContent(contentDir: string, index: ContentIndex, clock: Clock) {
  const { publication, articles, authors, sitePages, problems, notices, files } = await loadContent(contentDir, index);
  const read = async ({ name }: { name: string }) => {
    const article = files.article(name);
    if (!article) throw new Error(`Content file ${name} has no stored version`);
    return article;
  };
  const content = new ContentRepository(publication, articles, read, clock, (name) => files.summary(name));
  return { content, authors, sitePages, problems, notices, files, articlesDir: path.join(contentDir, 'articles') };
}

/**
 * Content given in memory (tests) has no content index to search beside: an index in memory of what it
 * publishes at start.
 */
async function searchOfGiven(content: ContentRepository) {
  const search = openMemorySearchIndex();
  for (const { slug } of content.range(0, content.size)) {
    const article = await content.article(slug);
    if (article) search.upsert(slug, searchDocument(article));
  }
  return search;
}
