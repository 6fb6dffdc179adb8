import { readFile } from 'node:fs/promises';
import path from 'node:path';
import middie from '@fastify/middie';
import { createServer } from 'vite';
import { assemble } from './assemble';
import { readConfig } from './config';
import { appModulesElement, APP_ENTRY_MODULE } from './render/inline-boot-script';
import { createPageRenderer, type ServerEntry } from './render/page-renderer';
import { listen } from './listen';

// Development: Vite serves the client with hot reload and loads the server entry fresh on each request;
// `tsx watch` restarts this process when server code changes.
const root = path.resolve(import.meta.dirname, '../..');
const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom' });

const config = readConfig({ NODE_ENV: 'development', ...process.env });
const { app } = await assemble(config, {
  // New, edited and removed content files show while serving, with no restart.
  watch: true,
  frontend: {
    renderPage: createPageRenderer(
      async () => (await vite.ssrLoadModule('/src/app/entry-server.tsx')) as ServerEntry,
      // Vite serves the app's entry from source, and the browser finds its imports as it goes.
      async (url) =>
        (await vite.transformIndexHtml(url, await readFile(path.join(root, 'index.html'), 'utf8'))).replace(
          '<!--app-modules-->',
          appModulesElement({ entry: `/${APP_ENTRY_MODULE}`, preload: [] }),
        ),
    ),
    async attach(instance) {
      // Vite answers its own paths (modules, HMR, /public files); everything else falls through to Fastify.
      instance.addHook('onClose', async () => vite.close());
      await instance.register(middie);
      instance.use(vite.middlewares);
    },
  },
});
await listen(app, config);
