import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../src/contract/article';
import { toRecord } from '../../src/server/content/article-record';
import { ContentRepository } from '../../src/server/content/content-repository';
import { loadContent, type LoadedContent } from '../../src/server/content/load-content';
import { fillTemplate } from '../../src/server/render/page-renderer';
import { contentDirectory, seedArticle } from '../support/fixtures';
import { createTestServer, pageTemplate } from '../support/server-app';

let loaded: LoadedContent;
let template: string;
beforeAll(async () => {
  loaded = await loadContent(contentDirectory);
  template = await pageTemplate();
});

// What String.replace would expand in a replacement string, mixed with anything at all.
const dollarPattern = fc.constantFrom('$`', "$'", '$&', '$$', '$1', '$<name>', '<!--app-html-->', '</script>');
const headline = fc
  .array(fc.oneof(dollarPattern, fc.string({ unit: 'binary', maxLength: 12 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((s) => articleSchema.shape.headline.safeParse(s).success);

const decodeText = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The whole server render (routes, loaders, API in process, template) of one article and the front page. */
async function renderWith(article: Article) {
  const extra = toRecord(article, '(in memory)');
  const content = new ContentRepository(
    loaded.publication,
    [...loaded.articles, extra],
    (record) =>
      record.slug === article.slug
        ? Promise.resolve(article)
        : Promise.resolve(loaded.files.article(record.name) as Article),
    undefined,
    // Loaded articles are listings: their summaries are read from the index, as the server reads them.
    (name) => loaded.files.summary(name),
  );
  const server = await createTestServer(undefined, { content });
  try {
    const [articlePage, frontPage] = await Promise.all(
      [`/article/${article.slug}`, '/'].map((url) => server.app.inject({ method: 'GET', url })),
    );
    return { articlePage: articlePage?.body ?? '', frontPage: frontPage?.body ?? '' };
  } finally {
    await server.close();
  }
}

function expectWellFormed(html: string) {
  expect(html.match(/<!doctype/gi)).toHaveLength(1);
  expect(html.match(/<title>/g)).toHaveLength(1);
  const data = html.split('<script type="application/json" id="page-data">')[1]?.split('</script>')[0];
  expect(() => JSON.parse(data ?? '') as unknown).not.toThrow();
}

describe('a page render with any headline', () => {
  it('fills the template literally: $-patterns in content are not replacement patterns', () => {
    const html = fillTemplate(template, { head: "<title>$` $' $&</title>", body: '<h1>$&</h1>', data: '"$`"' });
    expect(html).toContain("<title>$` $' $&</title>");
    expect(html).toContain('<h1>$&</h1>');
    expect(html).toContain('<script type="application/json" id="page-data">"$`"</script>');
    expect(html.match(/<!doctype/gi)).toHaveLength(1);
  });

  it('gives one doctype, page data that parses, and an h1 equal to the headline, on the article and the front page', async () => {
    await fc.assert(
      fc.asyncProperty(headline, async (text) => {
        const article = articleSchema.parse({
          ...seedArticle,
          slug: 'property-headline',
          headline: text,
          publishedAt: new Date(Date.now() - 60_000).toISOString(),
          updatedAt: undefined,
        });
        const { articlePage, frontPage } = await renderWith(article);
        expectWellFormed(articlePage);
        expectWellFormed(frontPage);
        const h1 = /<h1>([\s\S]*?)<\/h1>/.exec(articlePage)?.[1];
        expect(decodeText(h1 ?? '')).toBe(text);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
