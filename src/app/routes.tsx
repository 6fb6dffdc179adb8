import type { RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { pageLoader, type LoaderContext } from './load-query';
import { PageError } from './page-error';
import { RootError } from './root-error';
import { createViewRecorder } from '../features/articles/api/record-view';
import { ArticleSkeleton } from '../features/articles/components/article-skeleton';
import { ArticleBody } from '../features/articles/components/article-body';
import { ArticleRoute, articleLoader } from './routes/article-route';
import { FrontRoute, FrontSkeleton, frontLoader } from './routes/front-route';
import { SectionRoute, SectionSkeleton, sectionLoader } from './routes/section-route';
import { AuthorRoute, AuthorSkeleton, authorLoader } from './routes/author-route';
import { TagRoute, TagSkeleton, tagLoader } from './routes/tag-route';
import { routePatterns } from '../lib/paths';
import { ListSkeleton } from '../components/list-skeleton';

const SearchSkeleton = () => <ListSkeleton label="Loading search" rows={6} />;

/**
 * One route table for the server render and the browser; loaders start every fetch before render. Made once per
 * app in the browser and once per request on the server, with that app's query cache and API client.
 */
export function createRoutes(context: LoaderContext): RouteObject[] {
  const recordView = createViewRecorder(context.api);
  return [
    {
      // No loader here: each page's loader fetches the publication alongside its own data,
      // so the shell renders at once and the page's own skeleton shows while it loads.
      id: 'root',
      element: <Layout />,
      errorElement: <RootError />,
      children: [
        {
          id: 'page',
          errorElement: <PageError />,
          children: [
            { index: true, loader: frontLoader(context), element: <FrontRoute />, HydrateFallback: FrontSkeleton },
            {
              path: routePatterns.section,
              loader: sectionLoader(context),
              element: <SectionRoute />,
              HydrateFallback: SectionSkeleton,
            },
            {
              path: routePatterns.article,
              loader: articleLoader(context),
              element: <ArticleRoute recordView={recordView} />,
              HydrateFallback: ArticleSkeleton,
            },
            {
              path: routePatterns.tag,
              loader: tagLoader(context),
              element: <TagRoute />,
              HydrateFallback: TagSkeleton,
            },
            {
              path: routePatterns.author,
              loader: authorLoader(context),
              element: <AuthorRoute />,
              HydrateFallback: AuthorSkeleton,
            },
            {
              // Its own chunk, loaded with its loader: the article path never downloads it.
              path: routePatterns.search,
              HydrateFallback: SearchSkeleton,
              lazy: async () => {
                const { Component, searchLoader } = await import('./routes/search-route');
                return { Component, loader: searchLoader(context) };
              },
            },
            {
              // Editors only: a separate chunk, so readers never download it. The loader (here, not in the chunk)
              // fetches only the publication, so the masthead, sections and footer are rendered on the server.
              path: 'editor',
              loader: pageLoader(context, async () => null),
              lazy: () => import('./routes/editor-route'),
            },
            {
              // Any other address is one of the site's own pages (content/pages/: /about, /privacy…) or not found:
              // a lazy chunk with its loader, so the article path never downloads it.
              path: '*',
              lazy: async () => {
                const { SitePageRoute, sitePageLoader } = await import('./routes/site-page-route');
                return { element: <SitePageRoute Body={ArticleBody} />, loader: sitePageLoader(context) };
              },
            },
          ],
        },
      ],
    },
  ];
}
