import { act, fireEvent, screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { COMMENT_MAX, NO_REASONS, YES_REASONS } from '../../../src/contract/feedback';
import { deferred, SENT, sentMemoryKey, storedOutbox, isolateFeedbackStorage } from '../../support/feedback';
import { articles, SEED_SLUG, seedArticle } from '../../support/fixtures';
import { expectNoAxeViolations } from '../../support/axe';

// The rating path: Yes / No, the follow-up form, checking, sending and what the reader sees after.

const { answerFeedback, recordFeedback, renderArticleWidget } = isolateFeedbackStorage();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the "Help us improve" widget', () => {
  it('starts with the question, two buttons and the error-report button, and no form', async () => {
    const { region } = await renderArticleWidget();

    expect(within(region).getByRole('heading', { level: 2, name: 'Help us improve' })).toBeInTheDocument();
    const question = within(region).getByRole('group', { name: 'Was this article helpful?' });
    expect(
      within(question)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Yes', 'No']);
    for (const button of within(question).getAllByRole('button'))
      expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(within(region).getByRole('button', { name: 'Report an error in this article' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(region).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('checkbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(region);
  });

  it('asks what was good after Yes: its reasons, a comment with a counter, and a send button', async () => {
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'Yes' }));

    const reasons = await within(region).findByRole('group', { name: 'What did you like about it? (optional)' });
    expect(
      within(reasons)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual([...YES_REASONS]);
    expect(within(region).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    const comment = within(region).getByRole('textbox', { name: 'Tell us more (optional)' });
    expect(comment).toHaveAccessibleDescription('2,000 characters remaining');
    expect(within(region).getByRole('button', { name: 'Send feedback' })).toBeEnabled();
    await expectNoAxeViolations(region);
  });

  it('asks what went wrong after No, and the answer can be changed without losing the comment', async () => {
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));

    const reasons = await within(region).findByRole('group', { name: 'What was the problem? (optional)' });
    expect(
      within(reasons)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual([...NO_REASONS]);
    await user.click(within(reasons).getByRole('checkbox', { name: 'Hard to follow' }));
    await user.click(within(reasons).getByRole('checkbox', { name: 'Something else' }));
    await user.type(within(region).getByRole('textbox', { name: 'Tell us more (optional)' }), 'Too long');
    await expectNoAxeViolations(region);

    await user.click(within(region).getByRole('button', { name: 'Yes' }));
    expect(within(region).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'false');
    const yesReasons = within(region).getByRole('group', { name: 'What did you like about it? (optional)' });
    // "Something else" belongs to both answers; "Hard to follow" only to No.
    expect(within(yesReasons).getByRole('checkbox', { name: 'Something else' })).toBeChecked();
    expect(within(region).getByRole('textbox', { name: 'Tell us more (optional)' })).toHaveValue('Too long');

    const received = recordFeedback();
    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));
    await within(region).findByText(SENT);
    expect(received[0]?.body).toMatchObject({ kind: 'rating', helpful: true, reasons: ['Something else'] });
  });

  it('counts characters as the reader types and announces the count only near the limit', async () => {
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    const comment = await within(region).findByRole('textbox', { name: 'Tell us more (optional)' });
    const announcer = region.querySelector('.feedback-field [aria-live="polite"]');

    vi.useFakeTimers();
    try {
      fireEvent.change(comment, { target: { value: 'Hello' } });
      expect(comment).toHaveAccessibleDescription('1,995 characters remaining');
      act(() => vi.advanceTimersByTime(5_000));
      expect(announcer).toHaveTextContent('');

      fireEvent.change(comment, { target: { value: 'Hello' + 'x'.repeat(1_845) } });
      expect(within(region).getByText('150 characters remaining')).toBeInTheDocument();
      expect(announcer).toHaveTextContent('');
      act(() => vi.advanceTimersByTime(1_000));
      expect(announcer).toHaveTextContent('150 characters remaining');
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts an emoji as one character, as the server does: 1,990 leave 10, and 2,000 are sent', async () => {
    const received = recordFeedback();
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    const comment = await within(region).findByRole('textbox', { name: 'Tell us more (optional)' });

    fireEvent.change(comment, { target: { value: '😀'.repeat(1_990) } });
    expect(comment).toHaveAccessibleDescription('10 characters remaining');
    fireEvent.change(comment, { target: { value: '😀'.repeat(2_001) } });
    expect(comment).toHaveAccessibleDescription('1 character too many');
    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));
    expect(within(region).getByRole('alert')).toHaveTextContent('Tell us more must be 2,000 characters or fewer');
    expect(received).toEqual([]);

    fireEvent.change(comment, { target: { value: '😀'.repeat(2_000) } });
    expect(comment).toHaveAccessibleDescription(
      'Error: Tell us more must be 2,000 characters or fewer 0 characters remaining',
    );
    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));
    await within(region).findByText(SENT);
    expect(received[0]?.body.comment).toBe('😀'.repeat(2_000));
  });

  it('asks before a link inside the site throws away an unsent comment, and leaves only if told to', async () => {
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    const comment = await within(region).findByRole('textbox', { name: 'Tell us more (optional)' });
    await user.type(comment, 'The second chart is mislabelled');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    try {
      await user.click(screen.getByRole('link', { name: 'Front page' }));
      expect(confirm).toHaveBeenCalledWith('You have feedback you haven’t sent. Leave this page and lose it?');
      expect(screen.getByRole('heading', { level: 1, name: seedArticle.headline })).toBeInTheDocument();
      expect(comment).toHaveValue('The second chart is mislabelled');

      confirm.mockReturnValue(true);
      await user.click(screen.getByRole('link', { name: 'Front page' }));
      await waitForElementToBeRemoved(() => screen.queryByRole('heading', { level: 1, name: seedArticle.headline }));
      expect(confirm).toHaveBeenCalledTimes(2);
    } finally {
      confirm.mockRestore();
    }
  });

  it('lets the reader leave without asking once the comment is sent, or when there is none', async () => {
    recordFeedback();
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    await user.type(await within(region).findByRole('textbox', { name: 'Tell us more (optional)' }), 'Thanks');
    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));
    await within(region).findByText(SENT);
    const confirm = vi.spyOn(window, 'confirm');
    try {
      await user.click(screen.getByRole('link', { name: 'Front page' }));
      await waitForElementToBeRemoved(() => screen.queryByRole('heading', { level: 1, name: seedArticle.headline }));
      expect(confirm).not.toHaveBeenCalled();
    } finally {
      confirm.mockRestore();
    }
  });

  it('shows an error summary for a comment that is too long, links to the field and keeps the text', async () => {
    const received = recordFeedback();
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    const comment = await within(region).findByRole('textbox', { name: 'Tell us more (optional)' });
    const tooLong = 'a'.repeat(COMMENT_MAX + 1);
    await user.click(comment);
    await user.paste(tooLong);
    expect(within(region).getByText('1 character too many')).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));

    const summary = within(region).getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Tell us more must be 2,000 characters or fewer' });
    expect(link).toHaveAttribute('href', '#feedback-comment');
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(
      'Error: Tell us more must be 2,000 characters or fewer 1 character too many',
    );
    expect(comment).toHaveValue(tooLong);
    expect(received).toEqual([]);
    await expectNoAxeViolations(region);

    await user.click(link);
    expect(comment).toHaveFocus();
  });

  it('disables the button while sending, then says thank you, focuses the message and remembers it', async () => {
    const gate = deferred();
    const received = recordFeedback(async (request, slug) => {
      await gate.promise;
      return answerFeedback(request, slug);
    });
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    await user.click(await within(region).findByRole('checkbox', { name: 'Missing context' }));
    await user.type(within(region).getByRole('textbox', { name: 'Tell us more (optional)' }), '  Who said this?  ');
    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));

    const sending = await within(region).findByRole('button', { name: 'Sending…' });
    expect(sending).toBeDisabled();
    await expectNoAxeViolations(region);

    gate.resolve();
    const message = await within(region).findByText(SENT);
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(message).toHaveFocus();
    expect(within(region).queryByRole('group', { name: 'Was this article helpful?' })).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Send feedback' })).not.toBeInTheDocument();
    await expectNoAxeViolations(region);

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ slug: SEED_SLUG, status: 201 });
    const body = received[0]?.body ?? {};
    expect(body).toMatchObject({
      kind: 'rating',
      helpful: false,
      reasons: ['Missing context'],
      comment: 'Who said this?',
      website: '',
    });
    expect(body.idempotencyKey).toMatch(UUID);
    expect(body.timeOnPageMs).toEqual(expect.any(Number));
    expect(localStorage.getItem(sentMemoryKey(SEED_SLUG))).not.toBeNull();
    expect(storedOutbox()).toEqual([]);
  });

  it('sends once, with one key, however fast the reader clicks', async () => {
    const gate = deferred();
    const received = recordFeedback(async (request, slug) => {
      await gate.promise;
      return answerFeedback(request, slug);
    });
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'Yes' }));
    const send = await within(region).findByRole('button', { name: 'Send feedback' });
    // Two clicks in the same task: the second must not start a second submission.
    fireEvent.click(send);
    fireEvent.click(send);
    gate.resolve();

    await within(region).findByText(SENT);
    expect(received).toHaveLength(1);
  });

  it('shows the comment with personal details removed and sends only after the reader confirms', async () => {
    const received = recordFeedback();
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    const typed = 'Wrong date. Call me on +44 20 7946 0958 or write to jo.reader@example.com';
    const comment = await within(region).findByRole('textbox', { name: 'Tell us more (optional)' });
    await user.type(comment, typed);
    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));

    const redacted = 'Wrong date. Call me on [phone number removed] or write to [email removed]';
    const confirmation = within(region).getByRole('group', { name: 'We’ll remove personal details before sending:' });
    expect(confirmation).toHaveFocus();
    expect(within(confirmation).getByText(redacted)).toBeInTheDocument();
    expect(received).toEqual([]);
    await expectNoAxeViolations(region);

    await user.click(within(confirmation).getByRole('button', { name: 'Edit comment' }));
    const again = within(region).getByRole('textbox', { name: 'Tell us more (optional)' });
    expect(again).toHaveFocus();
    expect(again).toHaveValue(typed);

    await user.click(within(region).getByRole('button', { name: 'Send feedback' }));
    await user.click(within(region).getByRole('button', { name: 'Send with details removed' }));
    await within(region).findByText(SENT);
    expect(received).toHaveLength(1);
    expect(received[0]?.body.comment).toBe(redacted);
  });

  it('has a spam trap people never meet: hidden, out of the tab order, and sent empty', async () => {
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'Yes' }));
    await within(region).findByRole('button', { name: 'Send feedback' });

    const trap = region.querySelector<HTMLInputElement>('input[name="website"]');
    expect(trap).not.toBeNull();
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(trap?.labels?.[0]).toHaveTextContent('Leave this field empty');
    expect(within(region).queryByRole('textbox', { name: 'Leave this field empty' })).not.toBeInTheDocument();
  });

  it('remembers that feedback was sent and lets the reader send more', async () => {
    localStorage.setItem(sentMemoryKey(SEED_SLUG), '2026-02-04T10:00:00.000Z');
    const { region, user } = await renderArticleWidget();

    expect(within(region).getByText('You’ve already sent feedback on this article — thank you.')).toBeInTheDocument();
    expect(within(region).queryByRole('group', { name: 'Was this article helpful?' })).not.toBeInTheDocument();
    await expectNoAxeViolations(region);

    await user.click(within(region).getByRole('button', { name: 'Send more feedback' }));
    expect(within(region).getByRole('group', { name: 'Was this article helpful?' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Yes' })).toHaveFocus();
    expect(within(region).getByRole('button', { name: 'Report an error in this article' })).toBeInTheDocument();
    await expectNoAxeViolations(region);
  });

  it('starts afresh on the next article', async () => {
    const { region, user } = await renderArticleWidget();
    await user.click(within(region).getByRole('button', { name: 'No' }));
    await user.type(await within(region).findByRole('textbox', { name: 'Tell us more (optional)' }), 'Draft');

    const next = articles.find((a) => a.slug === seedArticle.related?.[0]);
    const related = screen.getByRole('region', { name: 'Related Articles' });
    // The reader is asked about the draft first, and agrees to leave it.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(within(related).getByRole('link', { name: next?.headline }));
    await screen.findByRole('heading', { level: 1, name: next?.headline });
    expect(confirm).toHaveBeenCalledOnce();
    confirm.mockRestore();

    const fresh = screen.getByRole('region', { name: 'Help us improve' });
    expect(within(fresh).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(fresh).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
