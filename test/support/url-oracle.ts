// How a browser reads a link or an image source, judged by the URL standard's parser (WHATWG URL) and an
// allow-list written here: an oracle that shares no code or pattern with the contract's own checks.

/** The schemes by which a link may leave the page. */
const SCHEMES_A_LINK_MAY_USE = new Set(['http:', 'https:', 'mailto:']);

const FIRST_SITE = 'https://first.test/article/a-story';
const SECOND_SITE = 'http://second.test/section/b/';

/** Where the reference points from two unrelated pages: the same place when absolute, on each site when relative. */
function resolve(reference: string): { fromFirst: URL; fromSecond: URL } | undefined {
  try {
    return { fromFirst: new URL(reference, FIRST_SITE), fromSecond: new URL(reference, SECOND_SITE) };
  } catch {
    return undefined;
  }
}

const staysOnSite = ({ fromFirst, fromSecond }: { fromFirst: URL; fromSecond: URL }) =>
  fromFirst.origin === new URL(FIRST_SITE).origin && fromSecond.origin === new URL(SECOND_SITE).origin;

/** A link a reader may follow: to a page of this site, or elsewhere only through an allowed scheme. */
export function isHarmlessLink(href: string): boolean {
  const resolved = resolve(href);
  if (!resolved) return false;
  if (staysOnSite(resolved)) return true;
  return (
    resolved.fromFirst.href === resolved.fromSecond.href && SCHEMES_A_LINK_MAY_USE.has(resolved.fromFirst.protocol)
  );
}

/** An image that loads from this site only: no other host learns who reads what. */
export function isOwnImage(src: string): boolean {
  const resolved = resolve(src);
  return resolved !== undefined && staysOnSite(resolved);
}
