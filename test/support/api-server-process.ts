// A real server process for crash tests: the app over the sample content and a given DATA_DIR,
// without the page renderer (no build needed). Prints "listening <port>" once ready.
import { buildApp } from '../../src/server/app';
import { ContentRepository } from '../../src/server/content/content-repository';
import { loadContent } from '../../src/server/content/load-content';
import { openSqliteStore } from '../../src/server/store/sqlite-store';

const { publication, articles } = await loadContent(process.env.CONTENT_DIR ?? 'content');
const store = openSqliteStore(process.env.DATA_DIR ?? 'data');
const app = await buildApp({ content: new ContentRepository(publication, articles), store, feedbackRateLimit: 1_000_000 });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
