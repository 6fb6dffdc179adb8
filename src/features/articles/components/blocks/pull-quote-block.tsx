type PullQuoteBlockProps = { text: string; attribution?: string };

export function PullQuoteBlock({ text, attribution }: PullQuoteBlockProps) {
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>{text}</p>
      </blockquote>
      {attribution && <figcaption>{attribution}</figcaption>}
    </figure>
  );
}
