import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../support/axe';
import { seedEditorFeedback } from '../../support/editor-feedback';
import { recordRequests } from '../../support/editor-test-helpers';
import { holdRequests } from '../../support/hold-requests';
import { EDITOR_DISABLED } from '../../../src/server/editor/editor-auth';
import { EDITOR_TOKEN, serveRealApi } from '../../support/real-api';
import { renderApp } from '../../support/render-app';

const api = serveRealApi({ paths: '*/api/admin/*' });
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const tokenField = () => screen.getByLabelText('Editor token');

describe('editor sign-in', () => {
  it('shows a loading state until the session check answers, then the sign-in form', async () => {
    const release = holdRequests('*/api/admin/session');
    renderApp('/editor');
    expect(await screen.findByText('Loading editor…')).toHaveRole('status');
    expect(screen.queryByLabelText('Editor token')).not.toBeInTheDocument();

    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Editor sign in' })).toBeInTheDocument();
    expect(tokenField()).toHaveAttribute('type', 'password');
    expect(screen.queryByText('Loading editor…')).not.toBeInTheDocument();
    expect(document.title).toContain('Reader feedback');
    expect(document.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  it('explains how to turn editing on when the server has no editor token', async () => {
    await api.restart({ adminToken: undefined });
    renderApp('/editor');
    expect(await screen.findByRole('heading', { level: 1, name: 'The editor is turned off' })).toBeInTheDocument();
    expect(screen.getByText(EDITOR_DISABLED)).toHaveTextContent('FEEDBACK_ADMIN_TOKEN');
    expect(screen.queryByLabelText('Editor token')).not.toBeInTheDocument();
  });

  it('asks for the token without sending anything when the field is empty', async () => {
    const requests = recordRequests();
    const { user } = renderApp('/editor');
    await screen.findByRole('heading', { level: 1, name: 'Editor sign in' });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const error = await screen.findByText('Enter the editor token');
    expect(tokenField()).toHaveAttribute('aria-invalid', 'true');
    expect(tokenField()).toHaveAccessibleDescription('Enter the editor token');
    expect(tokenField()).toHaveAttribute('aria-describedby', error.id);
    expect(tokenField()).toHaveFocus();
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it('says a wrong token is not right, empties the field and returns focus to it', async () => {
    const { user } = renderApp('/editor');
    await screen.findByRole('heading', { level: 1, name: 'Editor sign in' });

    await user.type(tokenField(), 'not-the-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('That token is not right')).toHaveRole('alert');
    expect(tokenField()).toHaveAttribute('aria-invalid', 'true');
    expect(tokenField()).toHaveAccessibleDescription('That token is not right');
    expect(tokenField()).toHaveFocus();
    expect(tokenField()).toHaveValue('');
    expect(screen.queryByRole('heading', { level: 1, name: 'Reader feedback' })).not.toBeInTheDocument();
  });

  it('shows the server’s explanation when editing is turned off between loading and signing in', async () => {
    const { user } = renderApp('/editor');
    await screen.findByRole('heading', { level: 1, name: 'Editor sign in' });
    await api.restart({ adminToken: undefined });

    await user.type(tokenField(), EDITOR_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'The editor is turned off' })).toBeInTheDocument();
    expect(screen.getByText(EDITOR_DISABLED)).toBeInTheDocument();
  });

  // The first test here to open the dashboard: its lazy chunk loads cold.
  it(
    'signs in with the right token and opens the dashboard, keeping no copy of the token',
    { timeout: 15_000 },
    async () => {
      seedEditorFeedback(api.server.store);
      const requests = recordRequests();
      const { user } = renderApp('/editor');
      await screen.findByRole('heading', { level: 1, name: 'Editor sign in' });

      await user.type(tokenField(), `${EDITOR_TOKEN}{Enter}`);

      const heading = await screen.findByRole('heading', { level: 1, name: 'Reader feedback' });
      expect(heading).toHaveFocus();
      expect(await screen.findByRole('table', { name: 'Feedback for each article' })).toBeInTheDocument();
      expect(screen.queryByLabelText('Editor token')).not.toBeInTheDocument();
      expect(requests).toContain('POST /api/admin/session');
      // The server's HttpOnly cookie is the session; the page itself stores nothing.
      expect(localStorage.length).toBe(0);
      expect(sessionStorage.length).toBe(0);
      expect(document.cookie).toBe('');
      expect(document.body.innerHTML).not.toContain(EDITOR_TOKEN);
    },
  );

  it('has no axe violations, before and after a refused token', async () => {
    const { user, container } = renderApp('/editor');
    await screen.findByRole('heading', { level: 1, name: 'Editor sign in' });
    await expectNoAxeViolations(container);

    await user.type(tokenField(), 'not-the-token{Enter}');
    await screen.findByText('That token is not right');
    await expectNoAxeViolations(container);
  });
});
