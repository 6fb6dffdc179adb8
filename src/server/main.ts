import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as entry from '../app/entry-server';
import { readConfig } from './config';
import { inlineStylesheets } from './render/inline-stylesheets';
import { createPageRenderer, injectTransport } from './render/page-renderer';
import { startServer } from './start';

// Production: the built client lives beside this file (dist/server → dist/client).
const clientDir = path.resolve(import.meta.dirname, '../client');

const { html: template, styleSources } = inlineStylesheets(
  await readFile(path.join(clientDir, 'index.html'), 'utf8'),
  clientDir,
);

await startServer(readConfig(), {
  clientDir,
  styleSources,
  async createRenderer(app) {
    entry.setTransport(injectTransport(app));
    return createPageRenderer(
      async () => entry,
      async () => template,
    );
  },
});
