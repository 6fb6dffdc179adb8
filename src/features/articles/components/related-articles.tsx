import { useId } from 'react';
import type { ArticleSummary } from '../../../contract/article';
import { StoryList } from '../../../components/story-list';

type RelatedArticlesProps = { stories: ArticleSummary[]; locale: string; timeZone: string };

export function RelatedArticles({ stories, locale, timeZone }: RelatedArticlesProps) {
  const headingId = useId();
  if (stories.length === 0) return null;
  return (
    <section className="rail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Related Articles</h2>
      <StoryList stories={stories} locale={locale} timeZone={timeZone} showSummary={false} />
    </section>
  );
}
