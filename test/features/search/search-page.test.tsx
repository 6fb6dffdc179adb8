import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../../src/features/search/components/highlighted-text';
import { articles } from '../../support/fixtures';
import { serveRealApi } from '../../support/real-api';
import { renderApp } from '../../support/render-app';

serveRealApi({ paths: '*/api/search' });

const REFERENCE = articles.find((a) => a.slug === 'trump-petro-white-house-meeting');
if (!REFERENCE) throw new Error('the sample content needs the reference article');

const results = () => within(screen.getByRole('main')).getAllByRole('heading', { level: 2 });
const marked = () => [...screen.getByRole('main').querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase());

describe('search page', () => {
  it('is reached from the masthead’s search box, and lists matching stories with the words marked', async () => {
    const { user, router } = renderApp('/');
    const box = within(await screen.findByRole('search')).getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'coca');
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “coca”' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/search?q=coca');
    expect(screen.getByRole('link', { name: REFERENCE.headline })).toHaveAttribute(
      'href',
      `/article/${REFERENCE.slug}`,
    );
    expect(marked()).toContain('coca');
    expect(document.title).toContain('Search: coca');
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // The box keeps the words asked, to refine them.
    expect(screen.getByRole('searchbox', { name: 'Search stories' })).toHaveValue('coca');
  });

  it('pages through the results with Next and Previous links', async () => {
    const { user } = renderApp('/search?q=the');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “the”' })).toBeInTheDocument();
    const first = results().map((h) => h.textContent);
    expect(first).toHaveLength(10);
    expect(screen.getByText(/^Results 1–10 of \d+$/)).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Result pages' });
    expect(within(pages).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument();
    await user.click(within(pages).getByRole('link', { name: /Next results/ }));
    expect(await screen.findByText(/^Results 11–\d+ of \d+$/)).toBeInTheDocument();
    const second = results().map((h) => h.textContent);
    expect(second.some((headline) => first.includes(headline))).toBe(false);
    await user.click(screen.getByRole('link', { name: /Previous results/ }));
    expect(await screen.findByText(/^Results 1–10 of \d+$/)).toBeInTheDocument();
    expect(results().map((h) => h.textContent)).toEqual(first);
  });

  it.each([
    ['quotes and operators only', '"*" ( )', 'Use at least one letter or digit.'],
    ['1,000 characters', 'x'.repeat(1_000), 'Use at most 500 characters.'],
  ])('says clearly why %s cannot be searched', async (_label, q, message) => {
    renderApp(`/search?${new URLSearchParams({ q })}`);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
  });

  it.each(['"coca', 'coca AND OR NOT (', 'coca*'])('reads %j as plain words', async (q) => {
    renderApp(`/search?${new URLSearchParams({ q })}`);
    expect(await screen.findByRole('link', { name: REFERENCE.headline })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    renderApp('/search?q=zzyzx');
    expect(await screen.findByText('No results')).toBeInTheDocument();
    expect(screen.getByText(/No stories match every word/)).toBeInTheDocument();
  });

  it('asks for words when the query is empty, without asking the API', async () => {
    renderApp('/search?q=');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByText(/Type a few words/)).toBeInTheDocument();
  });
});

describe('highlighted text', () => {
  it('marks the ranges it is given and shows markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)> coca leaf';
    const { container } = render(
      <p>
        <HighlightedText
          value={{
            text,
            highlights: [
              [29, 33],
              [0, 200],
              [30, 31],
            ],
          }}
        />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(text);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['coca']);
  });
});
