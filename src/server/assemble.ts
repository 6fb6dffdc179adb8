import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { systemClock, type Clock } from './content/clock';
import { ContentRepository } from './content/content-repository';
import { loadContent, readArticleFile } from './content/load-content';
import { startPublishSchedule } from './content/publish-schedule';
import { createLogger } from './http/logger-options';
import type { PageRenderer } from './render/rendered-page';
import { lockDataDir } from './store/data-dir-lock';
import { describePostgres, openPostgresStore } from './store/postgres/postgres-store';
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
  /** What the server reads the time from (scheduled publishing, feedback, editor sessions); tests inject one. */
  clock?: Clock;
};

export type Assembly = { app: FastifyInstance; content: ContentRepository; store: Store };

/**
 * The one way the server is put together, from a validated config: logger, content, store, app, pages.
 * Production, development, tests and the bench all come through here; only listening is left to the caller.
 */
export async function assemble(
  config: Config,
  { frontend = {}, logStream, openStore, content: given, clock = systemClock }: AssembleOptions = {},
): Promise<Assembly> {
  const logger = createLogger(config.logLevel, logStream);
  const { content, problems, notices } = given
    ? { content: given, problems: [], notices: [] }
    : await readContent(config.contentDir, clock);
  const stopSchedule = startPublishSchedule(content, clock);
  const { databaseUrl } = config;
  // SQLite: before the store touches the folder, a second server on it is refused, naming it (DataDirInUseError).
  // PostgreSQL is shared by design: any number of instances, each with a DATA_DIR of its own or none.
  const dataDirLock = databaseUrl ? undefined : lockDataDir(config.dataDir);
  const open = openStore ?? (databaseUrl ? () => openPostgresStore(databaseUrl) : openSqliteStore);
  const store = openResilientStore(
    async () => open(config.dataDir),
    storeEventsLog(databaseUrl ? describePostgres(databaseUrl) : config.dataDir, (level, message, details) =>
      logger[level](details ?? {}, message),
    ),
  );

  const app = await buildApp({
    content,
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
    renderPage: frontend.renderPage,
    now: () => clock.now(),
  });
  await frontend.attach?.(app);
  for (const notice of notices)
    app.log.warn(notice, `Content notice ${notice.file}: ${notice.path}: ${notice.message}`);
  for (const problem of problems)
    app.log.warn(problem, `Skipped content file ${problem.file}: ${problem.path}: ${problem.message}`);
  app.log.info(`Loaded ${content.size} articles from ${config.contentDir}`);
  app.addHook('onClose', async () => {
    stopSchedule();
    await store.close();
    dataDirLock?.release();
  });
  return { app, content, store };
}

async function readContent(contentDir: string, clock: Clock) {
  const { publication, articles, problems, notices } = await loadContent(contentDir);
  return { content: new ContentRepository(publication, articles, readArticleFile, clock), problems, notices };
}
