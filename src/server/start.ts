import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { ContentRepository } from './content/content-repository';
import { systemClock } from './content/clock';
import { loadContent, readArticleFile } from './content/load-content';
import { startPublishSchedule } from './content/publish-schedule';
import { loggerOptions } from './http/logger-options';
import type { PageRenderer } from './render/rendered-page';
import { openResilientStore } from './store/resilient-store';
import { openSqliteStore } from './store/sqlite-store';
import { storeEventsLog, type StoreLog } from './store/store-events-log';

/** How pages are made: from the build in production, through Vite in development. */
export type Frontend = {
  clientDir?: string;
  /** CSP sources for the <style> elements the page template carries (inlined stylesheets). */
  styleSources?: string[];
  createRenderer(app: FastifyInstance): Promise<PageRenderer>;
};

const logStoreLine = (app: FastifyInstance, ...[level, message, details]: Parameters<StoreLog>) =>
  app.log[level](details ?? {}, message);

/** Everything `npm start` and `npm run dev` share: load content, open the store, build the app, listen. */
export async function startServer(config: Config, frontend: Frontend): Promise<FastifyInstance> {
  const { publication, articles, problems, notices } = await loadContent(config.contentDir);
  const content = new ContentRepository(publication, articles, readArticleFile, systemClock);
  const stopSchedule = startPublishSchedule(content, systemClock);
  // Until the app (and its logger) exists, store problems are held and logged right after.
  const log: { app?: FastifyInstance; pending: Parameters<StoreLog>[] } = { pending: [] };
  const store = openResilientStore(
    () => openSqliteStore(config.dataDir),
    storeEventsLog(config.dataDir, (...line) => {
      if (log.app) logStoreLine(log.app, ...line);
      else log.pending.push(line);
    }),
  );

  // The renderer needs the app (it calls the API in process) and the app needs the renderer: tie the knot late.
  const pages: { render?: PageRenderer } = {};
  const app = await buildApp({
    content,
    store,
    dev: config.dev,
    logger: loggerOptions(config.logLevel),
    adminToken: config.adminToken,
    feedbackRateLimit: config.feedbackRateLimit,
    feedbackRetentionMonths: config.feedbackRetentionMonths,
    benchRoutes: config.benchRoutes,
    http: config.http,
    cachePurgeUrls: config.cachePurgeUrls,
    clientDir: frontend.clientDir,
    styleSources: frontend.styleSources,
    renderPage: (url) => (pages.render as PageRenderer)(url),
  });
  pages.render = await frontend.createRenderer(app);
  log.app = app;
  for (const line of log.pending) logStoreLine(app, ...line);
  for (const notice of notices)
    app.log.warn(notice, `Content notice ${notice.file}: ${notice.path}: ${notice.message}`);
  for (const problem of problems)
    app.log.warn(problem, `Skipped content file ${problem.file}: ${problem.path}: ${problem.message}`);
  app.log.info(`Loaded ${content.size} articles from ${config.contentDir}`);
  app.addHook('onClose', async () => {
    stopSchedule();
    store.close();
  });

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Printed plainly as well as logged, so a person can open it.
  console.log(`\nBroadsheet is running at http://${config.host}:${port}/\n`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, shutting down`);
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return app;
}
