/**
 * The slug of an author's page, from the name in a byline ("José Ortiz-Díaz" → "jose-ortiz-diaz"): accents
 * dropped, anything else that is not a letter or digit becomes one hyphen. One function, so the byline's link,
 * the author page, its feed and the structured data always agree.
 */
export function authorSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
