import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { publication, seedArticle } from '../support/fixtures';
import { holdRequests } from '../support/hold-requests';
import { server } from '../support/msw-server';
import { problem } from '../support/problem-response';
import { renderApp } from '../support/render-app';

const malformedJson = () =>
  new HttpResponse('{"items": [', { status: 200, headers: { 'content-type': 'application/json' } });

const pages = [
  {
    page: 'article page',
    path: `/article/${seedArticle.slug}`,
    api: '*/api/articles/:slug',
    skeleton: 'Loading article',
    heading: seedArticle.headline,
    offContract: { article: { ...seedArticle, schemaVersion: 3 }, related: [] },
  },
  {
    page: 'front page',
    path: '/',
    api: '*/api/front',
    skeleton: 'Loading top stories',
    heading: `${publication.name}: top stories`,
    offContract: { top: [{ slug: 'Not A Slug', headline: 'Broken' }], sections: [] },
  },
  {
    page: 'section page',
    path: '/section/politics',
    api: '*/api/articles',
    skeleton: 'Loading section',
    heading: 'Politics',
    offContract: { stories: [], next: null },
  },
];

describe.each(pages)('$page states', ({ path, api, skeleton, heading, offContract }) => {
  it('shows a skeleton while loading, then the content', async () => {
    const release = holdRequests(api);
    renderApp(path);

    expect(await screen.findByRole('status', { name: skeleton })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    release();
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: skeleton })).not.toBeInTheDocument();
  });

  it('shows an error the reader can retry, and the content once the retry succeeds', async () => {
    server.use(http.get(api, () => problem(500, 'The server is having a bad day')));
    const { user } = renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Check your connection, then try again.');
    expect(document.title).toContain('Something went wrong');

    server.resetHandlers(); // the API recovers
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the error state for a response that is not valid JSON', async () => {
    server.use(http.get(api, malformedJson));
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows the error state for JSON that breaks the contract', async () => {
    server.use(http.get(api, () => HttpResponse.json(offContract)));
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('not found', () => {
  it.each([
    ['an unknown article', '/article/no-such-article'],
    ['an unknown section', '/section/no-such-section'],
    ['a section id that is not valid', '/section/Not_A_Section'],
    ['an unknown path', '/no/such/page'],
  ])('shows "Page not found" for %s', async (_, path) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(document.title).toContain('Page not found');
  });
});

describe('when the publication cannot load', () => {
  it('shows the error state, and the page once a retry succeeds', async () => {
    server.use(http.get('*/api/publication', () => problem(503, 'Unavailable')));
    const { user } = renderApp(`/article/${seedArticle.slug}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: seedArticle.headline })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: publication.name })).toHaveAttribute('href', '/');
  });
});
