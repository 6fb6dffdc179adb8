/**
 * A page's one address: lower case, no trailing slash (`/ARTICLE/slug/` is `/article/slug`). Every slug,
 * section id and route is lower case, so folding case never joins two pages.
 */
export function canonicalPath(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (trimmed === '' ? '/' : trimmed).toLowerCase();
}
