import { z } from 'zod';

// zod compiles its object parsers with `new Function` when it may, and finds out by trying `Function('')`. Our CSP
// has no 'unsafe-eval', so in the browser that probe is refused and reported as a violation on every page that
// parses with zod. Every schema imports zod from here, so the setting travels with the schemas into whichever
// lazy chunk holds them (not into the first bundle). The interpreted parsers are plenty fast for API answers; the
// server keeps the JIT.
if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
