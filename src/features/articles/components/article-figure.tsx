import type { Image } from '../../../contract/image';

type ArticleFigureProps = { image: Image; priority?: boolean; className?: string };

/** A photo with its caption and credit; `priority` marks the hero, the likely largest paint. */
export function ArticleFigure({ image, priority = false, className = 'article-figure' }: ArticleFigureProps) {
  const { src, alt, caption, credit, width, height } = image;
  return (
    <figure className={className}>
      <img
        src={src}
        alt={alt}
        width={width}
        height={height}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        fetchPriority={priority ? 'high' : 'auto'}
      />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {/* Labelled and on its own line: run on, "…on February 3 JOSE LUIS MAGANA/AP" read as one sentence. */}
          {caption && credit && ' '}
          {credit && <span className="credit">Credit: {credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
