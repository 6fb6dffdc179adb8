import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { authorSlug } from '../../contract/author-slug';
import { authorProfileSchema, type AuthorProfile } from '../../contract/author';
import { parseFile, type ContentProblem } from './parse-article-file';
import { readContentFile } from './read-content-file';

/** Author profiles by slug (`content/authors/<slug>.json`), with what was wrong with the files left out. */
export type AuthorProfiles = { profiles: Map<string, AuthorProfile>; problems: ContentProblem[] };

/**
 * Reads every `authors/*.json`. A bad file is reported (file and field) and left out: the author's page then
 * shows the byline's name alone. The file name must be the slug of the name it holds, so the byline finds it.
 */
export async function loadAuthors(contentDir: string): Promise<AuthorProfiles> {
  const dir = path.join(contentDir, 'authors');
  const profiles = new Map<string, AuthorProfile>();
  const problems: ContentProblem[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
    const file = path.join(dir, name);
    const reading = await readContentFile(file);
    if (reading.kind !== 'text') {
      problems.push({ file, path: '(file)', message: reading.kind === 'missing' ? 'is missing' : reading.message });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(reading.text);
    } catch (error) {
      problems.push({ file, path: '(file)', message: (error as Error).message });
      continue;
    }
    const profile = parseFile(file, authorProfileSchema, json, problems);
    if (!profile) continue;
    const slug = path.basename(name, '.json');
    if (authorSlug(profile.name) !== slug) {
      problems.push({ file, path: 'name', message: `The file for "${profile.name}" must be named ${authorSlug(profile.name)}.json` });
      continue;
    }
    profiles.set(slug, profile);
  }
  return { profiles, problems };
}
