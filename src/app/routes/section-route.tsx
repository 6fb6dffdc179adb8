import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { ListSkeleton } from '../../components/list-skeleton';
import { articleListQuery } from '../../features/front-page/api/list-articles';
import { SectionPage } from '../../features/front-page/components/section-page';
import { usePublication } from '../api/get-publication';
import { pageLoader } from '../load-query';
import { PageMeta } from '../page-meta';

// The API answers 404 for a section it does not know, which the page loader turns into the not-found page.
export const sectionLoader = (queryClient: QueryClient) =>
  pageLoader(queryClient, ({ params }: LoaderFunctionArgs) =>
    queryClient.ensureInfiniteQueryData(articleListQuery(params.id ?? '')),
  );

export function SectionRoute() {
  const publication = usePublication();
  const { id } = useParams();
  const section = publication.sections.find((s) => s.id === id);
  if (!section) return null; // the loader already answered 404
  return (
    <>
      <PageMeta title={section.name} description={section.description} />
      <SectionPage key={section.id} section={section} locale={publication.locale} timeZone={publication.timeZone} />
    </>
  );
}

export function SectionSkeleton() {
  return <ListSkeleton label="Loading section" rows={8} />;
}
