import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as entry from '../../src/app/entry-server';
import { assemble, type AssembleOptions, type Assembly } from '../../src/server/assemble';
import { readConfig, type Config } from '../../src/server/config';
import { createPageRenderer } from '../../src/server/render/page-renderer';
import { contentDirectory } from './fixtures';

export type TestServer = Assembly & {
  dataDir: string;
  close(): Promise<void>;
};

/** The page template the build starts from (index.html at the root of the project). */
export const pageTemplate = () => readFile(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');

export type TestServerOptions = Pick<
  AssembleOptions,
  'logStream' | 'openStore' | 'content' | 'clock' | 'watch' | 'onContentProblem'
> & {
  /** A data directory to reuse (a restart); a fresh temp one by default, removed on close. */
  dataDir?: string;
  adminToken?: string;
  feedbackRateLimit?: number;
  logLevel?: Config['logLevel'];
  /** More environment for the config (PUBLIC_URL, TRUST_PROXY…), read as the server reads its own. */
  env?: Record<string, string>;
  /** Shared caches to purge when content changes (CACHE_PURGE_URLS). */
  cachePurgeUrls?: string[];
  /** A built client to serve as static files. */
  clientDir?: string;
  /** Hears every page render (the URL), to count them. */
  onRender?: (url: string) => void;
};

/** The real app, assembled as production does, over the sample content (or another folder), a fresh SQLite file. */
export async function createTestServer(
  contentDir = contentDirectory,
  {
    adminToken,
    feedbackRateLimit,
    logLevel = 'silent',
    env = {},
    clientDir,
    cachePurgeUrls = [],
    onRender,
    dataDir: reused,
    ...options
  }: TestServerOptions = {},
): Promise<TestServer> {
  const dataDir = reused ?? mkdtempSync(path.join(tmpdir(), 'broadsheet-test-'));
  const config = readConfig({
    NODE_ENV: 'test',
    CONTENT_DIR: contentDir,
    DATA_DIR: dataDir,
    LOG_LEVEL: logLevel,
    ...(adminToken ? { FEEDBACK_ADMIN_TOKEN: adminToken } : {}),
    ...(feedbackRateLimit ? { FEEDBACK_RATE_LIMIT: String(feedbackRateLimit) } : {}),
    ...(cachePurgeUrls.length > 0 ? { CACHE_PURGE_URLS: cachePurgeUrls.join(',') } : {}),
    ...env,
  });
  const template = await pageTemplate();
  const render = createPageRenderer(
    async () => entry,
    async () => template,
  );
  const assembly = await assemble(config, {
    ...options,
    frontend: {
      clientDir,
      renderPage: (url, fetch, renderOptions) => {
        onRender?.(url);
        return render(url, fetch, renderOptions);
      },
    },
  });
  return {
    ...assembly,
    dataDir,
    async close() {
      await assembly.app.close();
      if (!reused) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
