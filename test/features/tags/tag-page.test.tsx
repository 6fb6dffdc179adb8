import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articles } from '../../support/fixtures';
import { serveRealApi } from '../../support/real-api';
import { renderApp } from '../../support/render-app';

serveRealApi({ paths: '*/api/tags/*' });

const history = articles.filter((a) => a.tags.includes('History'));
const storyHeadlines = () =>
  within(screen.getByRole('main'))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('tag page', () => {
  it('shows the tag as the h1 and its stories, newest first, each linking to its article', async () => {
    renderApp('/tag/history');
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(document.title).toContain('History');
    expect(storyHeadlines()).toEqual(history.map((a) => a.headline));
    for (const story of history)
      expect(screen.getByRole('link', { name: story.headline })).toHaveAttribute('href', `/article/${story.slug}`);
  });

  it('is reached from an article’s tag link', async () => {
    const article = history[0];
    if (!article) throw new Error('the sample content needs an article tagged History');
    const { user } = renderApp(`/article/${article.slug}`);
    const tags = await screen.findByRole('navigation', { name: 'Tags' });
    await user.click(within(tags).getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
  });

  it('says the page is not found for a tag no article has', async () => {
    renderApp('/tag/no-such-tag');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
