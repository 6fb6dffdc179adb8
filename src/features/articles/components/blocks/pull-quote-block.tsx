type PullQuoteBlockProps = { text: string; attribution: string };

export function PullQuoteBlock({ text, attribution }: PullQuoteBlockProps) {
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>{text}</p>
      </blockquote>
      <figcaption>{attribution}</figcaption>
    </figure>
  );
}
