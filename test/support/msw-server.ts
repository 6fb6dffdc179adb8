import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { articles, publication, summaries } from './fixtures';
import { problem } from './problem-response';

/** The API as the real server answers it, over the sample content; tests override single routes with server.use(). */
export const handlers = [
  http.get('*/api/publication', () => HttpResponse.json(publication)),
  http.get('*/api/articles', ({ request }) => {
    const section = new URL(request.url).searchParams.get('section');
    const items = summaries.filter((s) => !section || s.section === section);
    return HttpResponse.json({ items, nextCursor: null });
  }),
  http.get('*/api/articles/:slug', ({ params }) => {
    const article = articles.find((a) => a.slug === params.slug);
    if (!article) return problem(404, 'No article at this address');
    const related = summaries.filter((s) => article.related?.includes(s.slug));
    // The server's choice is tested against the server (test/server/api.test.ts); here, any of the section.
    const section = summaries.filter((s) => s.section === article.section && s.slug !== article.slug);
    return HttpResponse.json({ article, related, moreInSection: section.slice(1, 4), next: section[0] ?? null });
  }),
  // The server's choice and cut summaries are tested against the server (test/server/api.test.ts); here, the
  // newest five, then the rest under their sections.
  http.get('*/api/front', () => {
    const [top, rest] = [summaries.slice(0, 5), summaries.slice(5)];
    const sections = publication.sections
      .map(({ id }) => ({ id, items: rest.filter((s) => s.section === id).slice(0, 4) }))
      .filter((section) => section.items.length > 0);
    return HttpResponse.json({ top, sections });
  }),
  http.get('*/api/trending', () => HttpResponse.json({ items: summaries.slice(0, 5) })),
  // The site's own pages (content/pages/) are tested against the server (test/server/site-pages.test.ts); here an
  // address no route claims is one of them only if a test says so.
  http.get('*/api/pages/:slug', () => problem(404, 'No page at this address')),
  http.post('*/api/articles/:slug/views', () => new HttpResponse(null, { status: 204 })),
];

export const server = setupServer(...handlers);
