/** A place to share an article: a plain link, so it works without JavaScript and loads nothing from anyone. */
export type ShareLink = { name: string; href: string };

const q = encodeURIComponent;

/**
 * Each network's own share address, with the article's address exactly as given: no tracking parameters. Only
 * the address and headline go out, and only when the reader follows a link.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const both = q(`${title} ${url}`);
  return [
    { name: 'Email', href: `mailto:?subject=${q(title)}&body=${q(url)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${both}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
  ];
}
