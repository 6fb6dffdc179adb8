import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { contentDirectory, SEED_SLUG } from './fixtures';

/** A copy of the sample content an editor can write into while a server follows it. */
export function contentFolder(prefix = 'broadsheet-folder-') {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(contentDirectory, dir, { recursive: true });
  const seed = JSON.parse(readFileSync(path.join(dir, 'articles', `${SEED_SLUG}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  const fileOf = (name: string) => path.join(dir, 'articles', name);
  return {
    dir,
    fileOf,
    /** The seed article's JSON with these fields changed (a whole, valid article unless told otherwise). */
    article: (changes: Record<string, unknown>) =>
      JSON.stringify({ ...seed, related: [], updatedAt: undefined, ...changes }),
    /**
     * The seed article's fields with these changes as YAML front matter, then `body` (Markdown), as an editor
     * writes `<slug>.md`.
     */
    markdown: (changes: Record<string, unknown>, body = 'A paragraph written in *Markdown*.') => {
      const { schemaVersion: _version, body: _body, related: _related, updatedAt: _updated, ...fields } = seed;
      return `---\n${stringify({ ...fields, ...changes })}---\n\n${body}\n`;
    },
    write: (name: string, text: string) => writeFileSync(fileOf(name), text),
    remove: (name: string) => rmSync(fileOf(name), { force: true, recursive: true }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
