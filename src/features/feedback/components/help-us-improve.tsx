import { useId } from 'react';

type HelpUsImproveProps = { slug: string };

/** The end-of-article feedback region. */
export function HelpUsImprove({ slug }: HelpUsImproveProps) {
  const headingId = useId();
  return (
    <section className="help-us-improve" aria-labelledby={headingId} data-article={slug}>
      <h2 id={headingId}>Help us improve</h2>
    </section>
  );
}
