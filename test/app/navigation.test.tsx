import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articles, publication, seedArticle, summaries } from '../support/fixtures';
import { holdRequests } from '../support/hold-requests';
import { renderApp } from '../support/render-app';

const relatedSlug = seedArticle.related?.[0] ?? '';
const related = articles.find((a) => a.slug === relatedSlug);

describe('navigation', () => {
  it('follows a related article link in the app and moves focus to the main content', async () => {
    if (!related) throw new Error('the seed article has no related article in the sample content');
    const { user, router } = renderApp(`/article/${seedArticle.slug}`);
    await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
    const rendered = screen.getByRole('main');

    const relatedList = screen.getByRole('region', { name: 'Related Articles' });
    await user.click(within(relatedList).getByRole('link', { name: related.headline }));

    expect(await screen.findByRole('heading', { level: 1, name: related.headline })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: seedArticle.headline })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/article/${related.slug}`);
    // The same shell is still mounted: the router changed the page, the browser did not reload it.
    expect(screen.getByRole('main')).toBe(rendered);
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(document.title).toContain(related.headline);
  });

  it('keeps the current page and announces loading while the next one is on its way', async () => {
    if (!related) throw new Error('the seed article has no related article in the sample content');
    const release = holdRequests(`*/api/articles/${related.slug}`);
    const { user } = renderApp(`/article/${seedArticle.slug}`);
    await screen.findByRole('heading', { level: 1, name: seedArticle.headline });

    const relatedList = screen.getByRole('region', { name: 'Related Articles' });
    await user.click(within(relatedList).getByRole('link', { name: related.headline }));
    expect(await screen.findByText('Loading page')).toHaveRole('status');
    expect(screen.getByRole('heading', { level: 1, name: seedArticle.headline })).toBeInTheDocument();

    release();
    expect(await screen.findByRole('heading', { level: 1, name: related.headline })).toBeInTheDocument();
  });

  it('goes from a front-page story to the article, then to its section from the article header', async () => {
    const lead = summaries[0];
    if (!lead) throw new Error('the sample content has no articles');
    const { user } = renderApp('/');

    const leadStory = await screen.findByRole('article');
    await user.click(within(leadStory).getByRole('link', { name: lead.headline }));
    expect(await screen.findByRole('heading', { level: 1, name: lead.headline })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());

    const article = screen.getByRole('article');
    await user.click(within(article).getByRole('link', { name: 'Politics' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
  });

  it('returns to the front page from the masthead', async () => {
    const { user } = renderApp('/section/world');
    await screen.findByRole('heading', { level: 1, name: 'World' });

    await user.click(screen.getByRole('link', { name: publication.name }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `${publication.name}: top stories` }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('marks the current section in the masthead', async () => {
    renderApp('/section/world');
    await screen.findByRole('heading', { level: 1, name: 'World' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'World' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Politics' })).not.toHaveAttribute('aria-current');
  });
});
