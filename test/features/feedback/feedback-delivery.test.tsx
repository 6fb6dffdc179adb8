import { within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SAVED, REPORT_SENT, SENT, sentMemoryKey, storedOutbox, isolateFeedbackStorage } from '../../support/feedback';
import { SEED_SLUG } from '../../support/fixtures';
import { expectNoAxeViolations } from '../../support/axe';
import { problem } from '../../support/problem-response';

// Nothing the reader sends is lost: what cannot be delivered now waits in the outbox; what the server
// refuses for good is shown to the reader and never retried.

const { answerFeedback, recordFeedback, renderArticleWidget, outbox } = isolateFeedbackStorage();

async function sendNoWithComment(text = 'The figures in paragraph 3 are from 2024') {
  const widget = await renderArticleWidget();
  const { region, user } = widget;
  await user.click(within(region).getByRole('button', { name: 'No' }));
  await user.click(await within(region).findByRole('checkbox', { name: 'Factual error' }));
  await user.type(within(region).getByRole('textbox', { name: 'Tell us more (optional)' }), text);
  await user.click(within(region).getByRole('button', { name: 'Send feedback' }));
  return widget;
}

describe('when feedback cannot be delivered now', () => {
  it.each([
    { when: 'the network fails', respond: () => HttpResponse.error() },
    { when: 'the store cannot write (503)', respond: () => problem(503) },
    { when: 'the first request is still being written (409)', respond: () => problem(409) },
  ])('keeps it in the outbox and says so when $when', async ({ respond }) => {
    const received = recordFeedback(respond);
    const { region } = await sendNoWithComment();

    const message = await within(region).findByText(SAVED);
    expect(message).toHaveFocus();
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(storedOutbox()).toEqual([expect.objectContaining({ slug: SEED_SLUG, body: received[0]?.body })]);
    expect(localStorage.getItem(sentMemoryKey(SEED_SLUG))).toBeNull();
    await expectNoAxeViolations(region);
  });

  it('delivers it when the browser is back online, with the same idempotency key, exactly once', async () => {
    let online = false;
    const received = recordFeedback((request, slug) => (online ? answerFeedback(request, slug) : HttpResponse.error()));
    const { region } = await sendNoWithComment();
    const saved = await within(region).findByText(SAVED);
    const key = storedOutbox()[0]?.body.idempotencyKey;

    online = true;
    window.dispatchEvent(new Event('online'));

    // The same element now says it was sent: the live region announces it, focus stays where it was.
    await within(region).findByText(SENT);
    expect(saved).toHaveTextContent(SENT);
    expect(received.map((r) => [r.body.idempotencyKey, r.status])).toEqual([
      [key, 0],
      [key, 201],
    ]);
    expect(received[1]?.body).toEqual(received[0]?.body);
    expect(storedOutbox()).toEqual([]);
    expect(localStorage.getItem(sentMemoryKey(SEED_SLUG))).not.toBeNull();

    // Another "online" finds nothing left to send.
    window.dispatchEvent(new Event('online'));
    await outbox().flush(); // joins the round the event started, if any: once it ends, nothing more is sent
    expect(received).toHaveLength(2);
  });
});

describe('when the server refuses feedback', () => {
  it('shows its field errors, keeps the text, and never queues or retries it (422)', async () => {
    const received = recordFeedback(() =>
      problem(422, 'Some fields need attention', [
        { path: 'comment', message: 'Links are not allowed in comments' },
        { path: 'reasons.0', message: '"Factual error" is not a reason for this answer' },
      ]),
    );
    const { region } = await sendNoWithComment('See https://example.com');

    const summary = await within(region).findByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['"Factual error" is not a reason for this answer', '#feedback-reason-0'],
      ['Links are not allowed in comments', '#feedback-comment'],
    ]);
    const comment = within(region).getByRole('textbox', { name: 'Tell us more (optional)' });
    expect(comment).toHaveValue('See https://example.com');
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(within(region).getByRole('checkbox', { name: 'Factual error' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(region);

    expect(storedOutbox()).toEqual([]);
    window.dispatchEvent(new Event('online'));
    await outbox().flush(); // joins the round the event started, if any: once it ends, nothing more is sent
    expect(received).toHaveLength(1);
  });

  it('shows a refusal without field errors as a message in the summary (404)', async () => {
    recordFeedback(() => problem(404, 'No such article'));
    const { region } = await sendNoWithComment();

    const summary = await within(region).findByRole('alert');
    expect(within(summary).getByText('No such article')).toBeInTheDocument();
    expect(within(summary).queryByRole('link')).not.toBeInTheDocument();
    expect(storedOutbox()).toEqual([]);
  });
});

describe('reporting an error in the article', () => {
  it('opens a form with a category and a required description, and checks both before sending', async () => {
    const received = recordFeedback();
    const { region, user } = await renderArticleWidget();
    const toggle = within(region).getByRole('button', { name: 'Report an error in this article' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const categories = await within(region).findByRole('group', { name: 'What kind of error is it?' });
    expect(
      within(categories)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['Factual error', 'Spelling or grammar', 'Broken link or image', 'Out of date', 'Something else']);
    const description = within(region).getByRole('textbox', { name: 'Describe the error' });
    expect(description).toBeRequired();
    await expectNoAxeViolations(region);

    await user.click(within(region).getByRole('button', { name: 'Send report' }));
    const summary = within(region).getByRole('alert');
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Choose what kind of error it is', '#report-category-0'],
      ['Describe the error', '#report-description'],
    ]);
    expect(received).toEqual([]);
    await expectNoAxeViolations(region);

    await user.click(links[0] as HTMLElement);
    expect(within(categories).getByRole('radio', { name: 'Factual error' })).toHaveFocus();
    await user.click(within(categories).getByRole('radio', { name: 'Out of date' }));
    await user.type(description, 'The minister resigned last week');
    await user.click(within(region).getByRole('button', { name: 'Send report' }));

    // Its own thanks: "your feedback was sent" would not say the report is going to an editor.
    const message = await within(region).findByText(REPORT_SENT);
    expect(message).toHaveFocus();
    expect(within(region).queryByText(SENT)).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Report an error in this article' })).not.toBeInTheDocument();
    // The rating question stays: a report is not an answer to it.
    expect(within(region).getByRole('group', { name: 'Was this article helpful?' })).toBeInTheDocument();
    expect(received[0]?.body).toMatchObject({
      kind: 'error-report',
      category: 'Out of date',
      comment: 'The minister resigned last week',
      website: '',
    });
    await expectNoAxeViolations(region);
  });

  it('keeps what was typed when the form is closed and opened again', async () => {
    const { region, user } = await renderArticleWidget();
    const toggle = within(region).getByRole('button', { name: 'Report an error in this article' });
    await user.click(toggle);
    await user.type(await within(region).findByRole('textbox', { name: 'Describe the error' }), 'Typo');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(region).queryByRole('textbox', { name: 'Describe the error' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(within(region).getByRole('textbox', { name: 'Describe the error' })).toHaveValue('Typo');
  });
});
