import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { articles, seedArticle, summaries } from '../support/fixtures';
import { server } from '../support/msw-server';

describe('prefetch on intent', () => {
  it('starts fetching an article when the pointer rests on its link, before any click', async () => {
    const target = seedArticle.related?.[0] as string;
    const requested: string[] = [];
    server.use(
      http.get('*/api/articles/:slug', ({ params }) => {
        requested.push(String(params.slug));
        const article = articles.find((a) => a.slug === params.slug);
        return HttpResponse.json({ article, related: summaries.slice(0, 2), moreInSection: [], next: null });
      }),
    );
    const { user } = renderApp(`/article/${seedArticle.slug}`);
    await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
    const link = screen
      .getAllByRole('link')
      .find((a) => a.getAttribute('href') === `/article/${target}`) as HTMLElement;
    await user.hover(link);
    await expect.poll(() => requested).toContain(target);
    expect(window.location.pathname).not.toBe(`/article/${target}`);
  });
});
