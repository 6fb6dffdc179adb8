/** Where each list's RSS and Atom feeds live: linked from its page, served by the server's feed routes. */
export type FeedPaths = { rss: string; atom: string };

const under = (base: string): FeedPaths => ({ rss: `${base}/rss.xml`, atom: `${base}/atom.xml` });

export const feedPaths = {
  front: under(''),
  section: (id: string) => under(`/section/${encodeURIComponent(id)}`),
  /** By slug (`tagSlug`, `authorSlug` in src/contract). */
  tag: (slug: string) => under(`/tag/${encodeURIComponent(slug)}`),
  author: (slug: string) => under(`/author/${encodeURIComponent(slug)}`),
};
