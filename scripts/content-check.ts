// `npm run content:check [-- <folder>]`
// Checks a content folder (the argument, else CONTENT_DIR, else content/) as the server would load it, without
// starting it: prints each problem as `file:line field: message` (the line for Markdown files), each notice (a
// block left out, raw HTML skipped), and exits 1 when there is a problem.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatContentCheck } from '../src/server/content/check-content';

const { positionals } = parseArgs({ allowPositionals: true });
// npm runs scripts from the package folder; a folder named on the command line is meant from where it was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const folder = path.resolve(cwd, positionals[0] ?? process.env.CONTENT_DIR ?? 'content');
try {
  const report = await checkContent(folder);
  process.stdout.write(formatContentCheck(report, cwd));
  if (report.problems.length) process.exitCode = 1;
} catch (error) {
  console.error(`content:check: ${(error as Error).message}`);
  process.exitCode = 1;
}
