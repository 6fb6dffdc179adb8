// `npm run feedback:digest [-- --day 2026-11-30]`
// Prints yesterday's (UTC) reader feedback: the totals, the articles with the most "No" and every error report,
// from the server's own database (DATA_DIR, or DATABASE_URL), and POSTs it as JSON to FEEDBACK_DIGEST_URL when
// that is set. Exits 1, saying why, when the settings are wrong or the receiver does not take it. See docs/api.md.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readConfig } from '../src/server/config';
import { runDigest } from '../src/server/digest/run-digest';

try {
  const { values } = parseArgs({ options: { day: { type: 'string' } } });
  const day = z.iso.date({ message: '--day must be a date like 2026-11-30' }).optional().parse(values.day);
  await runDigest({ config: readConfig(process.env), day, write: (text) => process.stdout.write(text) });
} catch (error) {
  const message =
    error instanceof z.ZodError ? error.issues.map((i) => i.message).join('; ') : (error as Error).message;
  console.error(`feedback:digest: ${message}`);
  process.exitCode = 1;
}
