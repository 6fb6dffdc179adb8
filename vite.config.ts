import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { serviceWorkerPlugin } from './scripts/service-worker-plugin';
import { OFFLINE_PAGES, routePatterns } from './src/lib/paths';

/** The libraries every page runs on (react-router-dom's own dependencies included). */
const FRAMEWORK_MODULES =
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack[\\/][^\\/]+|cookie|set-cookie-parser)[\\/]/;

/**
 * Small modules of our own that the article page loads and lazy chunks import too. Left to itself the bundler puts
 * each set of them in a chunk of its own (seven of 100 to 900 bytes brotli), and each is compressed alone.
 */
const SHARED_APP_MODULES = new RegExp(
  [
    'lib/(api-context|api-client|paths|format-date|query-keys|short-description|site-origin-context|date-format-context)',
    'contract/(author-slug|tag-slug|feedback-form)',
    'app/(page-meta|load-query|api/get-publication)',
    'features/feedback/(sent-memory|outbox-key|outbox-context|feedback-messages|components/status-message)',
    'components/list-skeleton',
  ]
    .map((path) => `src[\\\\/]${path.replaceAll('/', '[\\\\/]')}\\.tsx?$`)
    .join('|'),
);

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    // /sw.js, versioned by this build, caching the feedback forms and the share control at install (they must work
    // offline on any page, an article opened through the app included).
    !isSsrBuild &&
      serviceWorkerPlugin({
        template: 'src/service-worker/sw.js',
        precache: [
          'src/features/feedback/components/rating-form.tsx',
          'src/features/feedback/components/error-report-form.tsx',
          'src/features/share/components/share-article.tsx',
        ],
        routes: { pages: OFFLINE_PAGES, article: routePatterns.article },
      }),
    // Static files are compressed once, at build, at the highest levels (the server sends the .br or .gz beside
    // each file as the browser accepts), instead of on every request. Not the server build, and not the template.
    !isSsrBuild &&
      compression({
        algorithms: [
          defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          defineAlgorithm('gzip', { level: 9 }),
        ],
        exclude: [/index\.html$/, /\.vite\//],
        threshold: 1024,
        logLevel: 'silent',
      }),
  ],
  build: {
    target: 'es2022',
    // The client build also writes a manifest, which the size check and the server read.
    manifest: true,
    // React, the router and TanStack Query in one chunk: left to itself the bundler cuts them into pieces along
    // what the lazy chunks share, and each piece the article page loads is compressed on its own (one chunk:
    // 108.8 kB brotli of initial JS instead of 110.4 kB). Our own shared modules likewise (110.1 -> 109.4 kB).
    // Priorities keep each group's modules where they are named when one group's dependencies reach another's.
    // Only the client build: the server's is one file per entry.
    //
    // The app's entry is an entry of its own: the boot script (inlined in the page by the server) imports it by
    // the address the manifest gives, so the boot chunk has no import of its own, and no preload polyfill either.
    rolldownOptions: isSsrBuild
      ? {}
      : {
          input: { index: 'index.html', 'entry-client': 'src/app/entry-client.tsx' },
          output: {
            codeSplitting: {
              groups: [
                { name: 'framework', test: FRAMEWORK_MODULES, priority: 3 },
                { name: 'shared', test: SHARED_APP_MODULES, priority: 1 },
              ],
            },
          },
        },
    modulePreload: { polyfill: false },
  },
  ssr: {
    // better-sqlite3 is a native addon: it must stay a runtime import, never bundled.
    external: ['better-sqlite3'],
  },
}));
