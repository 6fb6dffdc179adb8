import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { articles, SEED_SLUG, seedArticle } from '../../support/fixtures';
import { expectNoAxeViolations } from '../../support/axe';
import { recordRequests } from '../../support/editor-test-helpers';
import { OTHER_SLUG, seedEditorFeedback } from '../../support/editor-feedback';
import { server } from '../../support/msw-server';
import { problem } from '../../support/problem-response';
import { serveRealApi } from '../../support/real-api';
import { renderApp } from '../../support/render-app';

const otherArticle = articles.find((a) => a.slug === OTHER_SLUG);
if (!otherArticle) throw new Error(`the sample content has no ${OTHER_SLUG}`);

// The real server's report over feedback in its real store: the figures below are its arithmetic, not a mock's.
const api = serveRealApi({ paths: '*/api/admin/*' });
beforeEach(async () => {
  seedEditorFeedback(api.server.store);
  await api.signIn();
});

async function openDashboard(path = '/editor') {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Reader feedback' });
  await screen.findByRole('table', { name: 'Feedback for each article' });
  return app;
}
const section = (name: string) => screen.getByRole('region', { name });
const totals = () =>
  within(section('Totals'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const tableRows = () =>
  within(screen.getByRole('table', { name: 'Feedback for each article' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('editor dashboard', () => {
  it(
    'shows totals, a row per article and recent comments and error reports, newest first',
    { timeout: 15_000 },
    async () => {
      await openDashboard();

      expect(totals()).toEqual([
        'Yes: 2',
        'No: 2',
        'Helpful: 50%',
        'Error reports: 2',
        '0 held back as suspected spam',
      ]);

      const table = screen.getByRole('table', { name: 'Feedback for each article' });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(['Article', 'Yes', 'No', 'Helpful', 'Error reports', 'Top reasons']);
      expect(tableRows()).toEqual([
        [seedArticle.headline, '2', '1', '67%', '1', 'Clear (2), Informative (1), Missing context (1)'],
        [otherArticle.headline, '0', '1', '0%', '1', 'Hard to follow (1)'],
      ]);
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((th) => th.textContent),
      ).toEqual([seedArticle.headline, otherArticle.headline]);
      expect(within(table).getByRole('link', { name: seedArticle.headline })).toHaveAttribute(
        'href',
        `/article/${SEED_SLUG}`,
      );

      // Ratings without a comment are counted above but are not "comments and error reports".
      const recent = within(section('Recent comments and error reports')).getAllByRole('listitem');
      expect(recent).toHaveLength(4);
      expect(recent.map((li) => li.querySelector('time')?.getAttribute('dateTime'))).toEqual([
        '2026-11-24T10:00:00.000Z',
        '2026-11-23T09:00:00.000Z',
        '2026-11-22T08:00:00.000Z',
        '2026-11-19T08:00:00.000Z',
      ]);
      const [first, second, third, fourth] = recent as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
      expect(within(first).getByRole('link', { name: seedArticle.headline })).toHaveAttribute(
        'href',
        `/article/${SEED_SLUG}`,
      );
      expect(first).toHaveTextContent('Error report: Factual error');
      expect(second).toHaveTextContent('No');
      expect(second).toHaveTextContent('Reasons: Hard to follow');
      expect(third).toHaveTextContent('Yes');
      expect(third).toHaveTextContent('Reasons: Clear, Informative');
      expect(third).toHaveTextContent('Very clear, thank you');
      expect(fourth).toHaveTextContent('Error report: Out of date');
      expect(fourth).toHaveTextContent('The figures are from last year');
    },
  );

  it('keeps HTML in readers’ comments as text', async () => {
    const { container } = await openDashboard();
    const recent = section('Recent comments and error reports');

    expect(within(recent).getByText('<script>alert(1)</script> wrong date')).toBeInTheDocument();
    expect(within(recent).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
  });

  it('filters by article through the address bar and asks the server for that selection', async () => {
    const requests = recordRequests();
    const { user, router } = await openDashboard();
    const select = screen.getByLabelText('Article');
    expect(within(select).getByRole('option', { name: 'All articles' })).toBeInTheDocument();
    // Every published article is listed, not only those with feedback.
    for (const article of articles)
      expect(within(select).getByRole('option', { name: article.headline })).toBeInTheDocument();

    await user.selectOptions(select, seedArticle.headline);
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));

    expect(await screen.findByText('Helpful: 67%')).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?article=${SEED_SLUG}`);
    expect(requests).toContain(`GET /api/admin/feedback?article=${SEED_SLUG}`);
    expect(tableRows()).toHaveLength(1);
    expect(screen.getByLabelText('Article')).toHaveValue(SEED_SLUG);
  });

  it('filters by dates, and sends only the fields that are set', async () => {
    const requests = recordRequests();
    const { user, router } = await openDashboard();

    await user.type(screen.getByLabelText('From (UTC)'), '2026-11-22');
    await user.type(screen.getByLabelText('To (UTC)'), '2026-11-23');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));

    expect(await screen.findByText('Error reports: 0')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=2026-11-22&to=2026-11-23');
    expect(requests).toContain('GET /api/admin/feedback?from=2026-11-22&to=2026-11-23');
    expect(totals()).toEqual(['Yes: 1', 'No: 1', 'Helpful: 50%', 'Error reports: 0', '0 held back as suspected spam']);
  });

  it('after Apply filter, moves focus to the results and announces what the new selection came to', async () => {
    const { user } = await openDashboard();
    const [status] = within(section('Results')).getAllByRole('status');
    // Nothing is said on first load: only a filter the editor applied is announced.
    expect(status).toHaveTextContent('');

    await user.type(screen.getByLabelText('From (UTC)'), '2026-11-22');
    await user.type(screen.getByLabelText('To (UTC)'), '2026-11-23');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));

    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toHaveFocus());
    expect(status).toHaveTextContent('Filter applied: 1 Yes, 1 No, 0 error reports; 0 held back as suspected spam.');
    expect(totals()).toEqual(['Yes: 1', 'No: 1', 'Helpful: 50%', 'Error reports: 0', '0 held back as suspected spam']);
    await expectNoAxeViolations(document.body);
  });

  it('starts from the filter in the address bar, ignoring values the server would refuse', async () => {
    const requests = recordRequests();
    await openDashboard(`/editor?article=${OTHER_SLUG}&from=yesterday&to=2026-11-30`);

    expect(requests).toContain(`GET /api/admin/feedback?article=${OTHER_SLUG}&to=2026-11-30`);
    expect(screen.getByLabelText('Article')).toHaveValue(OTHER_SLUG);
    expect(screen.getByLabelText('From (UTC)')).toHaveValue('');
    expect(screen.getByLabelText('To (UTC)')).toHaveValue('2026-11-30');
  });

  it('links the CSV export to the current selection', async () => {
    const { user } = await openDashboard(`/editor?article=${SEED_SLUG}&from=2026-11-20&to=2026-11-24`);
    const link = screen.getByRole('link', { name: 'Export CSV' });
    expect(link).toHaveAttribute('href', `/api/admin/feedback.csv?article=${SEED_SLUG}&from=2026-11-20&to=2026-11-24`);
    expect(link).toHaveAttribute('download');

    await user.selectOptions(screen.getByLabelText('Article'), 'All articles');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(await screen.findByText('Helpful: 50%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/admin/feedback.csv?from=2026-11-20&to=2026-11-24',
    );
  });

  it('says so when the selection has no feedback', async () => {
    renderApp(`/editor?from=2030-01-01`);
    expect(await screen.findByText('No feedback yet for this selection.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('signs out, forgets the report and goes back to the sign-in form', async () => {
    const requests = recordRequests();
    const { user, queryClient } = await openDashboard();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Editor sign in' })).toBeInTheDocument();
    expect(screen.getByText('Signed out')).toHaveRole('status');
    expect(screen.getByLabelText('Editor token')).toHaveFocus();
    expect(requests).toContain('DELETE /api/admin/session');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(queryClient.getQueriesData({ queryKey: ['feedback', 'report'] })).toEqual([]);
  });

  it('offers to sign in again when the session has ended', async () => {
    server.use(http.get('*/api/admin/feedback', () => problem(401, 'Sign in with the editor token')));
    const { user } = renderApp('/editor');
    expect(await screen.findByText('Your editor session has ended.')).toBeInTheDocument();

    api.forgetCookies(); // the cookie has expired
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Editor sign in' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = await openDashboard();
    await expectNoAxeViolations(container);
  });
});
