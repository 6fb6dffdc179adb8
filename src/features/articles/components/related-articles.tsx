import { useId } from 'react';
import type { ArticleSummary } from '../../../contract/article';
import type { Section } from '../../../contract/publication';
import { RailList } from '../../../components/rail-list';

type RelatedArticlesProps = { stories: ArticleSummary[]; sections: readonly Section[] };

export function RelatedArticles({ stories, sections }: RelatedArticlesProps) {
  const headingId = useId();
  if (stories.length === 0) return null;
  return (
    <section className="rail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Related Articles</h2>
      <RailList stories={stories} sections={sections} />
    </section>
  );
}
