import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { articleQuery } from '../features/articles/api/get-article';
import { useApi } from '../lib/api-context';

const ARTICLE_PATH = /^\/article\/([a-z0-9-]+)$/;

/**
 * When a pointer rests on, or focus reaches, a link to an article, start fetching its data: by the
 * time the click lands the page is often ready. One listener on the document covers every link.
 */
export function usePrefetchOnIntent(): void {
  const queryClient = useQueryClient();
  const api = useApi();
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      const slug = link && ARTICLE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
      if (slug) void queryClient.prefetchQuery(articleQuery(api, slug));
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [queryClient, api]);
}
