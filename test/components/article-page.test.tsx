import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { seedArticle } from '../support/fixtures';

describe('article page', () => {
  it('shows the seed article headline as the only h1', async () => {
    renderApp(`/article/${seedArticle.slug}`);
    const h1 = await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
    expect(h1).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const quote = screen.getByText(/It’s between opponents\./).closest('figure') as HTMLElement;
    expect(within(quote).getByText('President Gustavo Petro')).toBeInTheDocument();
  });
});
