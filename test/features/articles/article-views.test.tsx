import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { articles, seedArticle } from '../../support/fixtures';
import { server } from '../../support/msw-server';
import { renderApp } from '../../support/render-app';

// The view beacon remembers what it sent per visit (keyed by the router's location key) for the life of
// one app: every render here is a new app, with nothing remembered from the test before.

function recordViewRequests(): string[] {
  const views: string[] = [];
  server.use(
    http.post('*/api/articles/:slug/views', ({ params }) => {
      views.push(String(params.slug));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return views;
}

it('sends exactly one view beacon per visit to an article', async () => {
  const views = recordViewRequests();
  const { user, router } = renderApp(`/article/${seedArticle.slug}`);

  await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
  await waitFor(() => expect(views).toEqual([seedArticle.slug]));

  // A new visit (a related article) counts once more; going back to the same history entry does not.
  const relatedSlug = seedArticle.related?.[0] ?? '';
  const relatedHeadline = articles.find((a) => a.slug === relatedSlug)?.headline ?? '';
  const related = screen.getByRole('region', { name: 'Related Articles' });
  await user.click(within(related).getByRole('link', { name: relatedHeadline }));
  await screen.findByRole('heading', { level: 1, name: relatedHeadline });
  await waitFor(() => expect(views).toEqual([seedArticle.slug, relatedSlug]));

  await router.navigate(-1);
  await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
  await screen.findByRole('region', { name: 'Related Articles' });
  expect(views).toEqual([seedArticle.slug, relatedSlug]);
});

it('counts the visit again in a new app (a new page load), whose first entry has the same key', async () => {
  const views = recordViewRequests();
  renderApp(`/article/${seedArticle.slug}`);
  await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
  await waitFor(() => expect(views).toEqual([seedArticle.slug]));
});
