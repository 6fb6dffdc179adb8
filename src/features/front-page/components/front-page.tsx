import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Publication } from '../../../contract/publication';
import { StoryList } from '../../../components/story-list';
import { useApi } from '../../../lib/api-context';
import { articleListQuery } from '../api/list-articles';
import { LeadStory } from './lead-story';

type FrontPageProps = { publication: Publication };

export function FrontPage({ publication }: FrontPageProps) {
  const latestId = useId();
  const { data } = useSuspenseInfiniteQuery(articleListQuery(useApi()));
  const [lead, ...rest] = data.pages.flatMap((page) => page.items);
  const { locale, timeZone } = publication;
  const sectionName = (id: string) => publication.sections.find((s) => s.id === id)?.name ?? id;
  return (
    <div className="front-page">
      <h1 className="visually-hidden">{publication.name}: top stories</h1>
      {lead ? (
        <LeadStory story={lead} sectionName={sectionName(lead.section)} locale={locale} timeZone={timeZone} />
      ) : (
        <p>No stories have been published yet.</p>
      )}
      {rest.length > 0 && (
        <section aria-labelledby={latestId}>
          <h2 id={latestId}>Latest</h2>
          <StoryList stories={rest} locale={locale} timeZone={timeZone} />
        </section>
      )}
    </div>
  );
}
