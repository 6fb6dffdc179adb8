import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { articleQuery, useArticle } from '../../features/articles/api/get-article';
import { recordView } from '../../features/articles/api/record-view';
import { ArticlePage } from '../../features/articles/components/article-page';
import { RelatedArticles } from '../../features/articles/components/related-articles';
import { HelpUsImprove } from '../../features/feedback/components/help-us-improve';
import { trendingQuery } from '../../features/front-page/api/get-trending';
import { TrendingList } from '../../features/front-page/components/trending-list';
import { usePublication } from '../api/get-publication';
import { isServer, pageLoader } from '../load-query';
import { PageMeta } from '../page-meta';

export const articleLoader = (queryClient: QueryClient) =>
  pageLoader(queryClient, async ({ params }: LoaderFunctionArgs) => {
    const trending = queryClient.prefetchQuery(trendingQuery());
    await queryClient.ensureQueryData(articleQuery(params.slug ?? ''));
    if (isServer) await trending;
  });

export function ArticleRoute() {
  const slug = useParams().slug ?? '';
  const { key } = useLocation();
  const publication = usePublication();
  const { article, related } = useArticle(slug);
  const { locale, timeZone } = publication;
  const sectionName = publication.sections.find((s) => s.id === article.section)?.name ?? article.section;

  useEffect(() => recordView(article.slug, key), [article.slug, key]);

  return (
    <div className="with-rail">
      <PageMeta title={article.headline} description={article.summary} />
      <ArticlePage
        article={article}
        sectionName={sectionName}
        locale={locale}
        timeZone={timeZone}
        footer={<HelpUsImprove slug={article.slug} />}
      />
      <aside className="rail" aria-label="More to read">
        <RelatedArticles stories={related} locale={locale} timeZone={timeZone} />
        <TrendingList locale={locale} timeZone={timeZone} />
      </aside>
    </div>
  );
}
