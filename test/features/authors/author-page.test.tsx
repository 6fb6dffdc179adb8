import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articles } from '../../support/fixtures';
import { serveRealApi } from '../../support/real-api';
import { renderApp } from '../../support/render-app';

serveRealApi({ paths: '*/api/authors/*' });

const byAna = articles.filter((a) => a.byline.some((b) => b.name === 'Ana Ruiz'));

describe('author page', () => {
  it('shows the author’s name, role and bio from their profile, and their stories', async () => {
    renderApp('/author/ana-ruiz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument();
    expect(screen.getByText('Diplomatic correspondent')).toBeInTheDocument();
    expect(screen.getByText(/covers diplomacy and foreign policy/)).toBeInTheDocument();
    for (const story of byAna)
      expect(screen.getByRole('link', { name: story.headline })).toHaveAttribute('href', `/article/${story.slug}`);
  });

  it('is reached from the byline of an article', async () => {
    const article = byAna[0];
    if (!article) throw new Error('the sample content needs an article by Ana Ruiz');
    const { user } = renderApp(`/article/${article.slug}`);
    await user.click(await screen.findByRole('link', { name: 'Ana Ruiz' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument();
  });

  it('says the page is not found for a name in no byline', async () => {
    renderApp('/author/nobody-at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
