import { data, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { readSearchRequest, searchQuery } from '../../features/search/api/get-search-page';
import { SearchPage } from '../../features/search/components/search-page';
import { usePublication } from '../api/get-publication';
import { pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

// A lazy route (routes.tsx): readers who never search never download it.

/** A query the API refuses (no letters, 1,000 characters) renders its reason with 400, as the API answers. */
export const searchLoader = (context: LoaderContext) => async (args: LoaderFunctionArgs) => {
  const request = readSearchRequest(new URL(args.request.url).searchParams);
  let refused = false;
  await pageLoader(context, async () => {
    if (request.q.trim() === '') return;
    refused = (await context.queryClient.ensureQueryData(searchQuery(context.api, request))).kind === 'refused';
  })(args);
  return refused ? data(null, { status: 400 }) : null;
};

const TITLE_QUERY_LENGTH = 60;

export function Component() {
  const { sections, locale, timeZone } = usePublication();
  const request = readSearchRequest(useSearchParams()[0]);
  const q = request.q.trim();
  const shown = q.length > TITLE_QUERY_LENGTH ? `${q.slice(0, TITLE_QUERY_LENGTH)}…` : q;
  return (
    <>
      {/* Results pages are not for search engines to index: one per query would be endless. */}
      <PageMeta title={q ? `Search: ${shown}` : 'Search'} noindex />
      <SearchPage request={request} sections={sections} locale={locale} timeZone={timeZone} />
    </>
  );
}
