import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, axeViolationsWithoutScripts, waitForHydration } from './support/browser';
import { seed } from './support/content';
import { setUpBrowserSuite } from './support/suite';

const TOKEN = 'browser-test-editor-token-nojs';
const suite = setUpBrowserSuite({ FEEDBACK_ADMIN_TOKEN: TOKEN });

/** What an editor reads, through the editor API. */
async function editorReport() {
  const res = await fetch(suite.server.at('/api/admin/feedback?spam=include'), {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    recent: {
      kind: string;
      helpful: boolean | null;
      reasons: string[];
      comment: string | null;
      category: string | null;
    }[];
  };
}

async function openArticle(expectedFailedLoads: string[] = []) {
  const page = await suite.pages.open({ javaScriptEnabled: false, expectedFailedLoads });
  const response = await page.goto(suite.server.at(`/article/${seed.slug}`));
  expect(response?.status()).toBe(200);
  return page;
}

/** The answer to the widget's plain form post (not the view beacon, which posts too when scripts run). */
const formPostAnswer = (page: Page) =>
  page.waitForResponse(
    (res) => res.request().method() === 'POST' && new URL(res.url()).pathname === `/article/${seed.slug}`,
  );
const widget = (page: Page) => page.getByRole('region', { name: 'Help us improve' });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('Help us improve, without JavaScript', () => {
  it('Yes, then Send feedback: thanked on the article, the rating stored for the editor', async () => {
    const before = (await editorReport()).recent.length;
    const page = await openArticle();
    await widget(page).getByRole('button', { name: 'Yes' }).click();
    // The next step is the article again, at the follow-up form (focus starts at its first choice).
    await widget(page).getByRole('group', { name: 'What did you like about it? (optional)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('feedback')).toBe('yes');
    expect(await focusedId(page)).toBe('feedback-reason-0');
    expect(await axeViolationsWithoutScripts(page)).toEqual([]);

    await widget(page).getByRole('button', { name: 'Send feedback' }).click();
    await widget(page).getByText('Thank you — your feedback was sent.').waitFor();
    expect(await focusedId(page)).toBe('feedback-sent');
    expect(await axeViolationsWithoutScripts(page)).toEqual([]);
    const { recent } = await editorReport();
    expect(recent.length).toBe(before + 1);
    expect(recent[0]).toMatchObject({ kind: 'rating', helpful: true, reasons: [] });
  });

  it('No, a reason and a comment: stored as written', async () => {
    const comment = 'Sent from a browser with scripts off: it needed the vote count.';
    const page = await openArticle();
    await widget(page).getByRole('button', { name: 'No' }).click();
    await widget(page).getByRole('checkbox', { name: 'Missing context' }).check();
    await widget(page).getByLabel('Tell us more (optional)').fill(comment);
    await widget(page).getByRole('button', { name: 'Send feedback' }).click();
    await widget(page).getByText('Thank you — your feedback was sent.').waitFor();
    expect((await editorReport()).recent[0]).toMatchObject({
      kind: 'rating',
      helpful: false,
      reasons: ['Missing context'],
      comment,
    });
  });

  it('Report an error: refused with the errors beside the fields and the text kept, then sent and thanked', async () => {
    const description = 'The meeting lasted two hours, not three.';
    // The refusal is a page answered 422, which Chromium logs as a failed load.
    const page = await openArticle([suite.server.at(`/article/${seed.slug}#report-error-summary`)]);
    await widget(page).getByRole('button', { name: 'Report an error in this article' }).click();
    await widget(page).getByLabel('Describe the error').fill(description);
    const refused = formPostAnswer(page);
    await widget(page).getByRole('button', { name: 'Send report' }).click();
    expect((await refused).status()).toBe(422);

    const summary = widget(page).getByRole('alert');
    await summary.getByText('There is a problem').waitFor();
    expect(await focusedId(page)).toBe('report-error-summary');
    await summary.getByRole('link', { name: 'Choose what kind of error it is' }).waitFor();
    await widget(page)
      .getByRole('group', { name: 'What kind of error is it?' })
      .getByText('Choose what kind of error it is')
      .waitFor();
    expect(await widget(page).getByLabel('Describe the error').inputValue()).toBe(description);
    expect(await axeViolationsWithoutScripts(page)).toEqual([]);

    await widget(page).getByRole('radio', { name: 'Factual error' }).check();
    await widget(page).getByRole('button', { name: 'Send report' }).click();
    await widget(page).getByText('Thank you for reporting this — an editor will look into it.').waitFor();
    expect(await focusedId(page)).toBe('report-sent');
    expect(await axeViolationsWithoutScripts(page)).toEqual([]);
    expect((await editorReport()).recent[0]).toMatchObject({
      kind: 'error-report',
      category: 'Factual error',
      comment: description,
    });
  });
});

describe('the steps a plain post leads to, when scripts do run', () => {
  it('hydrate as rendered (no mismatch), and the form is enhanced: sent by script, thanked in place', async () => {
    const comment = 'Opened from a link to the follow-up step, sent by the script.';
    const page = await suite.pages.open({ serviceWorkers: 'block' });
    await page.goto(suite.server.at(`/article/${seed.slug}?feedback=no&key=${randomUUID()}`));
    await waitForHydration(page);
    await widget(page).getByRole('checkbox', { name: 'Hard to follow' }).check();
    await widget(page).getByLabel('Tell us more (optional)').fill(comment);
    const sent = page.waitForResponse((res) => res.url().endsWith(`/api/articles/${seed.slug}/feedback`));
    await widget(page).getByRole('button', { name: 'Send feedback' }).click();
    expect((await sent).status()).toBe(201);
    await widget(page).getByText('Thank you — your feedback was sent.').waitFor();
    expect(new URL(page.url()).searchParams.get('feedback')).toBe('no');
    expect((await editorReport()).recent[0]).toMatchObject({ helpful: false, reasons: ['Hard to follow'], comment });
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(suite.server.at(`/article/${seed.slug}?feedback=reported`));
    await waitForHydration(page);
    await widget(page).getByText('Thank you for reporting this — an editor will look into it.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('hydrate the answer to a refused post (the answers and errors travel in the page data)', async () => {
    const comment = 'Posted before the scripts ran, refused for want of a category.';
    const page = await suite.pages.open({
      serviceWorkers: 'block',
      expectedFailedLoads: [suite.server.at(`/article/${seed.slug}#report-error-summary`)],
    });
    await page.goto(suite.server.at(`/article/${seed.slug}`));
    await waitForHydration(page);
    // A post as the form makes it when a reader sends before the page's scripts have run.
    const refused = formPostAnswer(page);
    await page.evaluate(
      ({ action, fields }) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = action;
        for (const [name, value] of Object.entries(fields)) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      {
        action: `/article/${seed.slug}#report-error-summary`,
        fields: { kind: 'error-report', idempotencyKey: randomUUID(), comment },
      },
    );
    expect((await refused).status()).toBe(422);
    await waitForHydration(page);
    const description = widget(page).getByLabel('Describe the error');
    expect(await description.inputValue()).toBe(comment);
    await widget(page).getByRole('alert').getByText('Choose what kind of error it is').first().waitFor();
    // The form is React's now: sent by script, over the JSON API.
    await widget(page).getByRole('radio', { name: 'Factual error' }).check();
    const sent = page.waitForResponse((res) => res.url().endsWith(`/api/articles/${seed.slug}/feedback`));
    await widget(page).getByRole('button', { name: 'Send report' }).click();
    expect((await sent).status()).toBe(201);
    await widget(page).getByText('Thank you for reporting this — an editor will look into it.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
