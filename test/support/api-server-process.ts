// The real start-up path (config, content, resilient store, signals) in its own process, without
// the page renderer, so crash and fault tests need no build. Prints "Broadsheet is running at …".
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start';

await startServer(readConfig(), {
  async createRenderer() {
    return async () => ({ status: 404, html: 'Pages are not rendered in this test process' });
  },
});
