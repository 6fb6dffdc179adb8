import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackReport } from '../../../src/contract/feedback';
import { FeedbackCharts } from '../../../src/features/editor/components/feedback-charts';
import { expectNoAxeViolations } from '../../support/axe';
import { SEED_SLUG, seedArticle } from '../../support/fixtures';
import { server } from '../../support/msw-server';
import { serveRealApi } from '../../support/real-api';
import { renderApp } from '../../support/render-app';

// The figures are the server's (its aggregates are checked against stored rows in test/server/editor-charts);
// here, what an editor reads from them: a picture, and the same figures in tables found by their captions.
const report: FeedbackReport = {
  totals: { yes: 5, no: 3, errorReports: 0, heldBack: 0, reasons: {} },
  daily: [
    { day: '2026-11-20', yes: 3, no: 1 },
    { day: '2026-11-23', yes: 2, no: 2 },
  ],
  reasons: [
    { answer: 'no', reason: 'Missing context', count: 3 },
    { answer: 'yes', reason: 'Clear', count: 2 },
    { answer: 'yes', reason: 'Something else', count: 1 },
    { answer: 'no', reason: 'Something else', count: 1 },
  ],
  articles: [{ articleSlug: SEED_SLUG, headline: seedArticle.headline, yes: 5, no: 3, errorReports: 0, reasons: {} }],
  recent: [],
};

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

const api = serveRealApi({ paths: '*/api/admin/*' });
beforeEach(async () => {
  await api.signIn();
  server.use(http.get('*/api/admin/feedback', () => HttpResponse.json(report)));
});

describe('the editor’s charts', () => {
  it('give the share of Yes by day and the reasons given as tables beside the pictures', async () => {
    renderApp('/editor');
    const charts = await screen.findByRole('region', { name: 'Charts: All articles' });

    const share = within(charts).getByRole('table', { name: 'Share of “Yes” by day (UTC)' });
    expect(rows(share)).toEqual([
      ['Day', 'Yes', 'No', 'Share of “Yes”'],
      ['2026-11-20', '3', '1', '75%'],
      ['2026-11-23', '2', '2', '50%'],
    ]);
    const reasons = within(charts).getByRole('table', { name: 'Reasons given' });
    expect(rows(reasons)).toEqual([
      ['Reason', 'Answer', 'Times given'],
      ['Missing context', 'No', '3'],
      ['Clear', 'Yes', '2'],
      ['Something else', 'Yes', '1'],
      ['Something else', 'No', '1'],
    ]);

    // Each picture is a figure named by its caption; the SVG itself is hidden from assistive technology.
    expect(within(charts).getByRole('figure', { name: 'Share of “Yes” by day' })).toBeInTheDocument();
    expect(within(charts).getByRole('figure', { name: 'Reasons given' })).toBeInTheDocument();
    for (const svg of charts.querySelectorAll('svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(charts);
  });

  it('follow the article chosen in the filter', async () => {
    renderApp(`/editor?article=${SEED_SLUG}`);
    expect(await screen.findByRole('region', { name: `Charts: ${seedArticle.headline}` })).toBeInTheDocument();
  });

  it('draw a bar for each rated day, at its share, with gaps for days without ratings', () => {
    // Rendered as the server renders: no layout, no effects, nothing measured in a browser.
    const html = renderToStaticMarkup(<FeedbackCharts report={report} subject="All articles" />);
    const document = new DOMParser().parseFromString(html, 'text/html');
    const bars = [...document.querySelectorAll('svg')][0]!.querySelectorAll('rect.chart-bar-yes');
    // Four days from the 20th to the 23rd, two of them rated: two bars, the first taller (75 % against 50 %).
    expect(bars).toHaveLength(2);
    const [first, second] = [...bars].map((bar) => Number(bar.getAttribute('height')));
    expect(first! / second!).toBeCloseTo(1.5);
    // Centred in their days' slots: the 20th is the first of four, the 23rd the last (centres at ½ and 3½ slots).
    const centre = (bar: Element) => Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')) / 2;
    const plotLeft = Number(document.querySelector('svg line.chart-grid')!.getAttribute('x1'));
    expect((centre(bars[1]!) - plotLeft) / (centre(bars[0]!) - plotLeft)).toBeCloseTo(7);
  });

  it('say so when there is nothing to draw', () => {
    const html = renderToStaticMarkup(<FeedbackCharts report={{ daily: [], reasons: [] }} subject="All articles" />);
    expect(html).toContain('No ratings for this selection.');
    expect(html).toContain('No reasons given for this selection.');
    expect(html).not.toContain('<svg');
  });
});
