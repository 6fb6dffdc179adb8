import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { Section } from '../../../contract/publication';
import { PagedStories } from '../../../components/paged-stories';
import { useApi } from '../../../lib/api-context';
import { articleListQuery } from '../api/list-articles';

type SectionPageProps = { section: Section; locale: string; timeZone: string };

export function SectionPage({ section, locale, timeZone }: SectionPageProps) {
  const api = useApi();
  const query = useSuspenseInfiniteQuery(articleListQuery(api, section.id));
  return (
    <div className="section-page">
      <header className="section-header">
        <h1>{section.name}</h1>
        {section.description && <p className="standfirst">{section.description}</p>}
      </header>
      <PagedStories query={query} locale={locale} timeZone={timeZone} empty={`No stories in ${section.name} yet.`} />
    </div>
  );
}
