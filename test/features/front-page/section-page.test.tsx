import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { summaries } from '../../support/fixtures';
import { server } from '../../support/msw-server';
import { problem } from '../../support/problem-response';
import { renderApp } from '../../support/render-app';

const politics = summaries.filter((s) => s.section === 'politics');
const storyHeadlines = () =>
  within(screen.getByRole('main'))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

/**
 * The politics list in pages of two, linked by cursor. The second page waits for `secondPage`
 * (when given) so a test can see the button while it loads, and can be made to fail.
 */
function paginatePolitics({
  secondPage,
  failSecondPage = false,
}: { secondPage?: Promise<void>; failSecondPage?: boolean } = {}) {
  server.use(
    http.get('*/api/articles', async ({ request }) => {
      const params = new URL(request.url).searchParams;
      if (params.get('section') !== 'politics') return problem(404, 'No such section');
      const cursor = params.get('cursor');
      if (!cursor) return HttpResponse.json({ items: politics.slice(0, 2), nextCursor: 'after-2' });
      if (cursor !== 'after-2') return problem(400, 'Invalid query parameter: cursor');
      await secondPage;
      if (failSecondPage) return problem(500, 'The server is having a bad day');
      return HttpResponse.json({ items: politics.slice(2), nextCursor: null });
    }),
  );
}

describe('section page', () => {
  it('shows the section name as the h1, its description and its stories, newest first', async () => {
    renderApp('/section/politics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
    expect(screen.getByText('Governments, elections and diplomacy.')).toBeInTheDocument();
    expect(document.title).toContain('Politics');

    expect(storyHeadlines()).toEqual(politics.map((s) => s.headline));
    for (const story of politics) {
      expect(screen.getByRole('link', { name: story.headline })).toHaveAttribute('href', `/article/${story.slug}`);
    }
    expect(screen.queryByRole('button', { name: 'More stories' })).not.toBeInTheDocument();
  });

  it('loads the next page with "More stories" and adds it below the first', async () => {
    let release = () => {};
    const secondPage = new Promise<void>((resolve) => (release = resolve));
    paginatePolitics({ secondPage });
    const { user } = renderApp('/section/politics');

    await screen.findByRole('heading', { level: 1, name: 'Politics' });
    expect(storyHeadlines()).toEqual(politics.slice(0, 2).map((s) => s.headline));

    await user.click(screen.getByRole('button', { name: 'More stories' }));
    expect(await screen.findByRole('button', { name: 'Loading…' })).toBeDisabled();

    release();
    const third = politics[2];
    if (!third) throw new Error('the sample content has fewer than three politics stories');
    expect(await screen.findByRole('heading', { level: 2, name: third.headline })).toBeInTheDocument();
    expect(storyHeadlines()).toEqual(politics.map((s) => s.headline));
    expect(screen.queryByRole('button', { name: /More stories|Loading…/ })).not.toBeInTheDocument();
  });

  it('keeps the stories and says so when the next page fails to load', async () => {
    paginatePolitics({ failSecondPage: true });
    const { user } = renderApp('/section/politics');
    await screen.findByRole('heading', { level: 1, name: 'Politics' });

    await user.click(screen.getByRole('button', { name: 'More stories' }));
    expect(await screen.findByText('Could not load more stories. Try again.')).toBeInTheDocument();
    expect(storyHeadlines()).toEqual(politics.slice(0, 2).map((s) => s.headline));
    expect(screen.getByRole('button', { name: 'More stories' })).toBeEnabled();
  });

  it('says so when a section has no stories yet', async () => {
    server.use(http.get('*/api/articles', () => HttpResponse.json({ items: [], nextCursor: null })));
    renderApp('/section/culture');
    await screen.findByRole('heading', { level: 1, name: 'Culture' });
    expect(screen.getByText('No stories in Culture yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More stories' })).not.toBeInTheDocument();
  });
});
