/** The article's frame at its final size, in the article's order (section, headline, hero, standfirst): the hero
 * box keeps a 3:2 ratio so text below never jumps. */
const SHAPES = [
  'line short',
  'line title',
  'line title',
  'hero',
  'line wide',
  'line wide',
  'line wide',
  'line wide',
  'line',
];

export function ArticleSkeleton() {
  return (
    <div className="article skeleton-article" role="status" aria-label="Loading article" aria-busy="true">
      {SHAPES.map((shape, i) => (
        <span key={i} className={`skeleton-${shape}`} />
      ))}
    </div>
  );
}
