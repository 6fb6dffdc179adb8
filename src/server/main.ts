import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as entry from '../app/entry-server';
import { assemble } from './assemble';
import { readConfig } from './config';
import { inlineBootScript } from './render/inline-boot-script';
import { inlineStylesheets } from './render/inline-stylesheets';
import { createPageRenderer } from './render/page-renderer';
import { listen } from './listen';

// Production: the built client lives beside this file (dist/server → dist/client).
const clientDir = path.resolve(import.meta.dirname, '../client');

const styled = inlineStylesheets(await readFile(path.join(clientDir, 'index.html'), 'utf8'), clientDir);
const { html: template, scriptSources } = inlineBootScript(styled.html, clientDir);

const config = readConfig();
const { app } = await assemble(config, {
  // New, edited and removed content files show while serving, with no restart.
  watch: true,
  frontend: {
    clientDir,
    styleSources: styled.styleSources,
    scriptSources,
    renderPage: createPageRenderer(
      async () => entry,
      async () => template,
    ),
  },
});
await listen(app, config);
