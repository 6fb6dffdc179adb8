import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import * as entry from '../../src/app/entry-server';
import { buildApp } from '../../src/server/app';
import { ContentRepository } from '../../src/server/content/content-repository';
import { systemClock, type Clock } from '../../src/server/content/clock';
import { loadContent, readArticleFile } from '../../src/server/content/load-content';
import { startPublishSchedule } from '../../src/server/content/publish-schedule';
import { createPageRenderer, injectTransport } from '../../src/server/render/page-renderer';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { Store } from '../../src/server/store/store';
import { contentDirectory } from './fixtures';

export type TestServer = {
  app: FastifyInstance;
  content: ContentRepository;
  store: Store;
  dataDir: string;
  close(): Promise<void>;
};

/** The page template the build starts from (index.html at the root of the project). */
export const pageTemplate = () => readFile(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');

/** The real app over the sample content (or another folder), a fresh SQLite file, and server rendering. */
export async function createTestServer(
  contentDir = contentDirectory,
  {
    clock = systemClock,
    ...options
  }: { adminToken?: string; feedbackRateLimit?: number; clock?: Clock; cachePurgeUrls?: string[] } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-test-'));
  const { publication, articles } = await loadContent(contentDir);
  const store = openSqliteStore(dataDir);
  const template = await pageTemplate();
  const pages: { app?: FastifyInstance } = {};
  const content = new ContentRepository(publication, articles, readArticleFile, clock);
  const stopSchedule = startPublishSchedule(content, clock);
  const app = await buildApp({
    content,
    store,
    ...options,
    renderPage: (url) =>
      createPageRenderer(
        async () => entry,
        async () => template,
      )(url),
  });
  pages.app = app;
  entry.setTransport(injectTransport(app));
  return {
    app,
    content,
    store,
    dataDir,
    async close() {
      stopSchedule();
      await app.close();
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
