import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sectionName } from '../../../src/lib/section-name';
import { articles, publication, seedArticle } from '../../support/fixtures';
import { server } from '../../support/msw-server';
import { problem } from '../../support/problem-response';
import { renderApp } from '../../support/render-app';
import { standfirstText } from '../../../src/contract/article-text';

const HERO_CAPTION =
  'Colombian President Gustavo Petro speaks during a news conference at the Colombian Embassy in Washington, DC, on February 3';
const HERO_CREDIT = 'Jose Luis Magana/AP';
const SUBHEADINGS = [
  'Key Moments From the Meeting',
  'Background: A Feud That Became Public',
  'Gifts, Gestures and Media Moments',
  'Policy Rift: How To Fight Cocaine Production',
  'Security, Sanctions and Political Context',
  'What Remains Unresolved',
];

const headlineOf = (slug: string) => articles.find((a) => a.slug === slug)?.headline ?? slug;

async function renderSeedArticle() {
  const app = renderApp(`/article/${seedArticle.slug}`);
  await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
  return app;
}

describe('article page', () => {
  it('shows the header: section link, the only h1, standfirst, byline and dates', async () => {
    await renderSeedArticle();
    const article = screen.getByRole('article');

    expect(within(article).getByRole('link', { name: 'Politics' })).toHaveAttribute('href', '/section/politics');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(article).getByText(standfirstText(seedArticle.summary ?? ''))).toBeInTheDocument();
    const author = within(article).getByRole('link', { name: 'CRBC News staff' });
    expect(author).toHaveAttribute('href', '/author/crbc-news-staff');
    expect(author.closest('p')).toHaveTextContent(/^By CRBC News staff$/);

    const published = within(article).getByText('February 3, 2026, 9:30 PM EST');
    expect(published.tagName).toBe('TIME');
    expect(published).toHaveAttribute('datetime', '2026-02-04T02:30:00Z');
    const updated = within(article).getByText('February 4, 2026, 4:15 AM EST');
    expect(updated.tagName).toBe('TIME');
    expect(updated).toHaveAttribute('datetime', '2026-02-04T09:15:00Z');
  });

  it('reads headline, hero photo with its caption, then standfirst, as a newspaper sets them', async () => {
    await renderSeedArticle();
    const article = screen.getByRole('article');
    const headline = within(article).getByRole('heading', { level: 1 });
    const hero = within(article).getByText(HERO_CAPTION).closest('figure');
    if (!hero) throw new Error('expected the hero caption inside a figure');
    expect(within(hero).getByRole('img', { name: seedArticle.hero?.alt })).toBeInTheDocument();
    const standfirst = within(article).getByText(standfirstText(seedArticle.summary ?? ''));
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(headline, hero), 'hero after headline').toBe(true);
    expect(follows(hero, standfirst), 'standfirst after hero').toBe(true);
  });

  it('puts the headline in the document title', async () => {
    await renderSeedArticle();
    expect(document.title).toContain(seedArticle.headline);
  });

  it('shows the hero photo in a figure with its caption and credit', async () => {
    await renderSeedArticle();
    const [hero] = within(screen.getByRole('article')).getAllByRole('figure');
    if (!hero) throw new Error('expected a hero figure');

    const img = within(hero).getByRole('img', { name: 'Gustavo Petro speaking at a lectern during a news conference' });
    expect(img).toHaveAttribute('width', '1200');
    expect(img).toHaveAttribute('height', '800');

    const caption = within(hero).getByText(HERO_CAPTION);
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption).toHaveTextContent(`${HERO_CAPTION} Credit: ${HERO_CREDIT}`);
    expect(within(caption).getByText(`Credit: ${HERO_CREDIT}`)).toBeInTheDocument();
  });

  it('renders the body: six sub-headings in order, the pull quote and the bottom line', async () => {
    await renderSeedArticle();
    const article = screen.getByRole('article');

    const subheadings = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(subheadings.slice(0, SUBHEADINGS.length)).toEqual(SUBHEADINGS);

    const quote = within(article).getByRole('blockquote');
    expect(quote).toHaveTextContent(/It’s between opponents\.$/);
    const quoteFigure = quote.parentElement as HTMLElement;
    expect(quoteFigure).toHaveRole('figure');
    expect(within(quoteFigure).getByText('President Gustavo Petro').tagName).toBe('FIGCAPTION');

    const bottomLine = within(article).getByRole('complementary', { name: 'Bottom line' });
    expect(bottomLine).toHaveTextContent(/pragmatic détente/);
  });

  it('says how long the article takes to read, beside the byline', async () => {
    await renderSeedArticle();
    // 547 words at 230 a minute.
    const readingTime = within(screen.getByRole('article')).getByText('2 min read');
    expect(readingTime.parentElement).toContainElement(screen.getByRole('link', { name: 'CRBC News staff' }));
  });

  it('ends with a link to the next article and more from the section', async () => {
    await renderSeedArticle();
    const article = screen.getByRole('article');
    const next = within(article).getByRole('navigation', { name: 'Next article' });
    expect(within(next).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/article\//));
    const more = within(article).getByRole('region', { name: 'More in Politics' });
    expect(within(more).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('ends the article with the "Help us improve" region', async () => {
    await renderSeedArticle();
    expect(within(screen.getByRole('article')).getByRole('region', { name: 'Help us improve' })).toBeInTheDocument();
  });

  it('lists related articles as links to each article', async () => {
    await renderSeedArticle();
    const related = screen.getByRole('region', { name: 'Related Articles' });
    const links = within(within(related).getByRole('list')).getAllByRole('link');

    const expected = (seedArticle.related ?? []).map((slug) => ({ name: headlineOf(slug), href: `/article/${slug}` }));
    expect(links.map((a) => ({ name: a.textContent, href: a.getAttribute('href') }))).toEqual(
      expect.arrayContaining(expected),
    );
    expect(links).toHaveLength(expected.length);
  });

  it('labels every rail story with its section, and numbers Trending', async () => {
    await renderSeedArticle();
    const related = screen.getByRole('region', { name: 'Related Articles' });
    for (const item of within(related).getAllByRole('listitem')) {
      const slug = within(item).getByRole('link').getAttribute('href')?.split('/').pop();
      const section = articles.find((a) => a.slug === slug)?.section ?? '';
      expect(within(item).getByText(sectionName(publication.sections, section))).toBeInTheDocument();
    }
    const trending = within(screen.getByRole('region', { name: 'Trending' }));
    expect((await trending.findByRole('list')).tagName).toBe('OL');
  });

  it('lists trending articles as links', async () => {
    await renderSeedArticle();
    const trending = screen.getByRole('region', { name: 'Trending' });
    const list = await within(trending).findByRole('list');
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(5);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/article\/[a-z0-9-]+$/);
  });

  it('still shows the article when trending fails, with a note in the Trending section', async () => {
    server.use(http.get('*/api/trending', () => problem(500, 'Trending is down')));
    await renderSeedArticle();

    const trending = screen.getByRole('region', { name: 'Trending' });
    expect(await within(trending).findByText('Trending articles are unavailable right now.')).toBeInTheDocument();
    expect(within(trending).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Bottom line' })).toBeInTheDocument();
  });
});
