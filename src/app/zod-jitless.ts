import { z } from 'zod';

// zod compiles its object parsers with `new Function` when it may, and finds out by trying `Function('')`. Our CSP
// has no 'unsafe-eval', so in the browser that probe is refused and reported as a violation on every page that
// parses with zod. The interpreted parsers are plenty fast for API answers. The server keeps the JIT.
z.config({ jitless: true });
