import { z } from './zod';

export const SECTION_ID_MAX = 100;

// Characters that stand for themselves in a URL path segment (RFC 3986's unreserved set), lowercase only.
const URL_SAFE = /^[a-z0-9._~-]$/;

/** What is wrong with a section id, in words that point at it; undefined when it is fine. */
export function sectionIdProblem(id: string): string | undefined {
  if (id.length === 0) return 'Section id must not be empty';
  if (id.length > SECTION_ID_MAX)
    return `Section id is ${id.length} characters long; at most ${SECTION_ID_MAX} are allowed`;
  if (/^\.+$/.test(id)) return `Section id ${JSON.stringify(id)} would be read as a step in the address, not a name`;
  const chars = [...id];
  const position = chars.findIndex((char) => !URL_SAFE.test(char));
  if (position === -1) return undefined;
  const char = chars[position] ?? '';
  const where = `at position ${position + 1} of ${JSON.stringify(id)}`;
  if (char !== char.toLowerCase() && URL_SAFE.test(char.toLowerCase()))
    return `Section id must be lowercase: ${JSON.stringify(char)} ${where}`;
  const shown = /\s/.test(char) ? 'a space' : JSON.stringify(char);
  return `Section id may hold only a–z, 0–9 and - . _ ~ (it is part of the address): ${shown} ${where}`;
}

/** A section's id: it is its address (`/section/<id>`), so any lowercase URL-safe text up to 100 characters. */
export const sectionIdSchema = z.string().check((ctx) => {
  const message = sectionIdProblem(ctx.value);
  if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
});
