import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import type { ComponentType } from 'react';
import type { Block } from '../../contract/blocks';
import { sitePageQuery, useSitePage } from '../api/get-site-page';
import { usePublication } from '../api/get-publication';
import { useDateFormat } from '../../lib/date-format-context';
import { pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

// The route of every address no other route claims (routes.tsx), lazy: the footer's pages are read rarely, so the
// article path never downloads this. An address that is no page is a 404 from the API, so the not-found page.

export const sitePageLoader = (context: LoaderContext) =>
  pageLoader(context, async ({ params }: LoaderFunctionArgs) => {
    await context.queryClient.ensureQueryData(sitePageQuery(context.api, params['*'] ?? ''));
  });

type SitePageRouteProps = {
  /**
   * The article body's renderer, handed in by the route table: imported here, it would be a module this chunk
   * shares with the first script, which the bundler then cuts out as a chunk of its own (+0.5 kB of initial JS).
   */
  Body: ComponentType<{ blocks: Block[] }>;
};

export function SitePageRoute({ Body }: SitePageRouteProps) {
  const page = useSitePage(useParams()['*'] ?? '');
  const { locale, timeZone } = usePublication();
  const dates = useDateFormat();
  return (
    <article className="article site-page">
      <PageMeta title={page.title} description={page.description} />
      <header className="article-header">
        <h1>{page.title}</h1>
        {page.description && <p className="standfirst">{page.description}</p>}
        {page.updatedAt && (
          <p className="article-dates">
            Last updated <time dateTime={page.updatedAt}>{dates.date(page.updatedAt, locale, timeZone)}</time>
          </p>
        )}
      </header>
      <Body blocks={page.body} />
    </article>
  );
}
