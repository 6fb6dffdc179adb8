/**
 * A page's one address: lower case, no trailing slash (`/ARTICLE/slug/` is `/article/slug`). Every slug,
 * section id and route is lower case, so folding case never joins two pages. Percent escapes (an "æ" in a slug
 * is `%C3%A6`) keep the upper case that links and browsers write them in, so they are not sent round a redirect.
 */
export function canonicalPath(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (trimmed === '' ? '/' : trimmed).toLowerCase().replace(/%[0-9a-f]{2}/g, (escape) => escape.toUpperCase());
}
