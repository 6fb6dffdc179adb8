import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { publication, summaries } from '../../support/fixtures';
import { server } from '../../support/msw-server';
import { renderApp } from '../../support/render-app';

const [newest, ...rest] = summaries;

describe('front page', () => {
  it('leads with the newest story', async () => {
    if (!newest) throw new Error('the sample content has no articles');
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: `${publication.name}: top stories` }),
    ).toBeInTheDocument();

    const lead = screen.getByRole('article');
    expect(within(lead).getByRole('heading', { level: 2, name: newest.headline })).toBeInTheDocument();
    expect(within(lead).getByRole('link', { name: newest.headline })).toHaveAttribute(
      'href',
      `/article/${newest.slug}`,
    );
    expect(within(lead).getByText('Politics')).toBeInTheDocument();
    expect(within(lead).getByText(newest.summary)).toBeInTheDocument();
  });

  it('lists the other stories under "Latest", newest first', async () => {
    renderApp('/');
    const latest = await screen.findByRole('region', { name: 'Latest' });
    expect(within(latest).getByRole('heading', { level: 2, name: 'Latest' })).toBeInTheDocument();

    const links = within(latest).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(rest.map((s) => s.headline));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(rest.map((s) => `/article/${s.slug}`));
  });

  it('shows trending stories in the rail', async () => {
    renderApp('/');
    const rail = await screen.findByRole('complementary', { name: 'More to read' });
    const trending = within(rail).getByRole('region', { name: 'Trending' });
    const list = await within(trending).findByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(summaries.slice(0, 5).map((s) => s.headline));
  });

  it('has the publication name as its title and section links in the masthead', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: `${publication.name}: top stories` });
    expect(document.title).toBe(publication.name);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(publication.sections.map((s) => `/section/${s.id}`));
  });

  it('says so when nothing has been published yet', async () => {
    server.use(http.get('*/api/articles', () => HttpResponse.json({ items: [], nextCursor: null })));
    renderApp('/');
    expect(await screen.findByText('No stories have been published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Latest' })).not.toBeInTheDocument();
  });
});
