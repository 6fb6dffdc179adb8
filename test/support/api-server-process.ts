// The real start-up path (config, content, resilient store, signals) in its own process, without
// the page renderer, so crash and fault tests need no build. Prints "Broadsheet is running at …".
import { assemble } from '../../src/server/assemble';
import { readConfig } from '../../src/server/config';
import { listen } from '../../src/server/listen';

const config = readConfig();
await listen((await assemble(config)).app, config);
