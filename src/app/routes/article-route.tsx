import { useEffect } from 'react';
import { useLocation, useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { articleDescription } from '../../contract/article-text';
import { articleQuery, useArticle } from '../../features/articles/api/get-article';
import type { ViewRecorder } from '../../features/articles/api/record-view';
import { ArticleContinuation } from '../../features/articles/components/article-continuation';
import { ArticlePage } from '../../features/articles/components/article-page';
import { ArticleStructuredData } from '../../features/articles/components/article-structured-data';
import { RelatedArticles } from '../../features/articles/components/related-articles';
import { HelpUsImprove } from '../../features/feedback/components/help-us-improve';
import { trendingQuery } from '../../features/front-page/api/get-trending';
import { TrendingList } from '../../features/front-page/components/trending-list';
import { Share } from '../../features/share/share-context';
import { feedPaths, paths } from '../../lib/paths';
import { sectionName } from '../../lib/section-name';
import { absoluteUrl, useSiteOrigin } from '../../lib/site-origin-context';
import { usePublication } from '../api/get-publication';
import { isServer, pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

export const articleLoader = (context: LoaderContext) =>
  pageLoader(context, async ({ params }: LoaderFunctionArgs) => {
    const { queryClient, api } = context;
    const trending = queryClient.prefetchQuery(trendingQuery(api, params.slug));
    await queryClient.ensureQueryData(articleQuery(api, params.slug ?? ''));
    if (isServer) await trending;
  });

type ArticleRouteProps = { recordView: ViewRecorder };

export function ArticleRoute({ recordView }: ArticleRouteProps) {
  const slug = useParams().slug ?? '';
  const { key, pathname } = useLocation();
  const origin = useSiteOrigin();
  const publication = usePublication();
  const { article, related, moreInSection, next } = useArticle(slug);
  const { locale, timeZone } = publication;
  const section = sectionName(publication.sections, article.section);

  useEffect(() => recordView(article.slug, key), [recordView, article.slug, key]);

  return (
    <div className="with-rail">
      <PageMeta
        title={article.headline}
        description={articleDescription(article) || undefined}
        image={article.hero}
        article={{
          publishedTime: article.publishedAt,
          modifiedTime: article.updatedAt,
          section,
          tags: article.tags,
        }}
        feed={{ title: section, paths: feedPaths.section(article.section) }}
      >
        <ArticleStructuredData
          article={article}
          publication={publication}
          origin={origin}
          url={absoluteUrl(origin, pathname)}
        />
      </PageMeta>
      <ArticlePage
        article={article}
        sectionName={section}
        locale={locale}
        timeZone={timeZone}
        continuation={
          <>
            <Share url={absoluteUrl(origin, paths.article(article.slug))} title={article.headline} />
            <ArticleContinuation
              sectionName={section}
              more={moreInSection}
              next={next}
              locale={locale}
              timeZone={timeZone}
            />
          </>
        }
        footer={<HelpUsImprove slug={article.slug} />}
      />
      <aside className="rail" aria-label="More to read">
        <RelatedArticles stories={related} sections={publication.sections} />
        <TrendingList sections={publication.sections} article={article.slug} />
      </aside>
    </div>
  );
}
