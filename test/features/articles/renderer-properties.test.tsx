import { render } from '@testing-library/react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/contract/article';
import { ArticlePage } from '../../../src/features/articles/components/article-page';
import { articleLike } from '../../support/arbitraries';
import { isHarmlessLink, isOwnImage } from '../../support/url-oracle';

const validArticle = articleLike
  .map((input) => articleSchema.safeParse(input))
  .filter((r) => r.success)
  .map((r) => r.data!);

const page = (article: NonNullable<ReturnType<typeof articleSchema.safeParse>['data']>) => (
  <MemoryRouter>
    <ArticlePage article={article} sectionName="Politics" locale="en-US" timeZone="UTC" />
  </MemoryRouter>
);

function expectInert(root: ParentNode) {
  expect(root.querySelectorAll('script, iframe, object, embed, svg, style').length).toBe(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
  for (const a of root.querySelectorAll('a[href]')) expect(isHarmlessLink(a.getAttribute('href') ?? '')).toBe(true);
  for (const img of root.querySelectorAll('img')) expect(isOwnImage(img.getAttribute('src') ?? '')).toBe(true);
}

// A fixed number of runs, not a time limit: on a loaded 2-core host 150 renders can take longer than the default 5 s.
const PROPERTY_TIMEOUT_MS = 60_000;

describe('the article renderer on arbitrary valid articles', () => {
  it(
    'produces inert server HTML',
    () => {
      fc.assert(
        fc.property(validArticle, (article) => {
          const html = renderToString(page(article));
          const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
          expectInert(doc.body);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'produces an inert DOM in the browser',
    () => {
      fc.assert(
        fc.property(validArticle, (article) => {
          const { container, unmount } = render(page(article));
          try {
            expectInert(container);
          } finally {
            unmount();
          }
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
