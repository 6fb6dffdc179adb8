import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { publication, summaries } from '../../support/fixtures';
import { server } from '../../support/msw-server';
import { renderApp } from '../../support/render-app';

const [newest, ...rest] = summaries;
const top = rest.slice(0, 4);
const sectionName = (id: string) => publication.sections.find((s) => s.id === id)?.name ?? id;

async function renderFront() {
  const app = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: `${publication.name}: top stories` });
  return app;
}

describe('front page', () => {
  it('leads with the newest story, its photo, section, summary and date', async () => {
    if (!newest) throw new Error('the sample content has no articles');
    await renderFront();
    const lead = screen.getByRole('article');
    expect(within(lead).getByRole('heading', { level: 2, name: newest.headline })).toBeInTheDocument();
    expect(within(lead).getByRole('link', { name: newest.headline })).toHaveAttribute(
      'href',
      `/article/${newest.slug}`,
    );
    expect(within(lead).getByText('Politics')).toBeInTheDocument();
    expect(within(lead).getByText(newest.summary)).toBeInTheDocument();
    expect(lead.querySelector('img')).toHaveAttribute('src', newest.hero?.src);
  });

  it('shows the next four as top stories, each with its section and summary', async () => {
    await renderFront();
    const region = screen.getByRole('region', { name: 'More top stories' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(
      top.map((s) => s.headline),
    );
    items.forEach((li, i) => {
      const story = top[i];
      if (!story) throw new Error('fewer stories than items');
      expect(within(li).getByText(sectionName(story.section))).toBeInTheDocument();
      expect(within(li).getByText(story.summary)).toBeInTheDocument();
    });
  });

  it('has a block per section that has stories left, its heading leading to the section page', async () => {
    await renderFront();
    const shown = new Set([newest, ...top].map((s) => s?.slug));
    const withStories = publication.sections.filter((section) =>
      summaries.some((s) => s.section === section.id && !shown.has(s.slug)),
    );
    for (const section of withStories) {
      const block = screen.getByRole('region', { name: section.name });
      expect(within(block).getByRole('link', { name: section.name })).toHaveAttribute('href', `/section/${section.id}`);
      const expected = summaries.filter((s) => s.section === section.id && !shown.has(s.slug));
      expect(
        within(block)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(expected.map((s) => s.headline));
    }
  });

  it('shows a numbered "Most read" in the rail', async () => {
    await renderFront();
    const rail = screen.getByRole('complementary', { name: 'More to read' });
    const mostRead = within(rail).getByRole('region', { name: 'Most read' });
    const list = await within(mostRead).findByRole('list');
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(summaries.slice(0, 5).map((s) => s.headline));
  });

  it('has the publication name as its title and section links in the masthead', async () => {
    await renderFront();
    expect(document.title).toBe(publication.name);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(publication.sections.map((s) => `/section/${s.id}`));
  });

  it('says so when nothing has been published yet', async () => {
    server.use(http.get('*/api/front', () => HttpResponse.json({ top: [], sections: [] })));
    await renderFront();
    expect(screen.getByText('No stories have been published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'More top stories' })).not.toBeInTheDocument();
  });
});
