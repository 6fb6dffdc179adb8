/** The article's frame at its final size: the hero box keeps a 3:2 ratio so text below never jumps. */
export function ArticleSkeleton() {
  return (
    <div className="article skeleton-article" role="status" aria-label="Loading article" aria-busy="true">
      <span className="skeleton-line short" />
      <span className="skeleton-line title" />
      <span className="skeleton-line title" />
      <span className="skeleton-line wide" />
      <span className="skeleton-line wide" />
      <span className="skeleton-hero" />
      <span className="skeleton-line wide" />
      <span className="skeleton-line wide" />
      <span className="skeleton-line" />
    </div>
  );
}
