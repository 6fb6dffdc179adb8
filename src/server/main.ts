import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as entry from '../app/entry-server';
import { readConfig } from './config';
import { createPageRenderer, injectTransport } from './render/page-renderer';
import { startServer } from './start';

// Production: the built client lives beside this file (dist/server → dist/client).
const clientDir = path.resolve(import.meta.dirname, '../client');

await startServer(readConfig(), {
  clientDir,
  async createRenderer(app) {
    const template = await readFile(path.join(clientDir, 'index.html'), 'utf8');
    entry.setTransport(injectTransport(app));
    return createPageRenderer(
      async () => entry,
      async () => template,
    );
  },
});
