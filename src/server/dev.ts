import { readFile } from 'node:fs/promises';
import path from 'node:path';
import middie from '@fastify/middie';
import { createServer } from 'vite';
import { readConfig } from './config';
import { createPageRenderer, injectTransport, type ServerEntry } from './render/page-renderer';
import { startServer } from './start';

// Development: Vite serves the client with hot reload and loads the server entry fresh on each request;
// `tsx watch` restarts this process when server code changes.
const root = path.resolve(import.meta.dirname, '../..');
const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom' });

await startServer(readConfig({ NODE_ENV: 'development', ...process.env }), {
  async createRenderer(instance) {
    // Vite answers its own paths (modules, HMR, /public files); everything else falls through to Fastify.
    instance.addHook('onClose', async () => vite.close());
    await instance.register(middie);
    instance.use(vite.middlewares);
    const loadEntry = async () => {
      const entry = (await vite.ssrLoadModule('/src/app/entry-server.tsx')) as ServerEntry;
      entry.setTransport(injectTransport(instance));
      return entry;
    };
    const template = async (url: string) =>
      vite.transformIndexHtml(url, await readFile(path.join(root, 'index.html'), 'utf8'));
    return createPageRenderer(loadEntry, template);
  },
});
