import type { Article } from '../../../contract/article';
import { articleDescription } from '../../../contract/article-text';
import type { Publication } from '../../../contract/publication';
import { scriptJson } from '../../../lib/script-json';
import { absoluteUrl } from '../../../lib/site-origin-context';
import { paths } from '../../../lib/paths';

type ArticleStructuredDataProps = { article: Article; publication: Publication; origin: string; url: string };

/**
 * schema.org NewsArticle and its breadcrumb, as JSON-LD: what search engines show for the article. A data
 * block, never executed (the CSP's script-src does not apply), escaped so content cannot close the element.
 */
export function ArticleStructuredData({ article, publication, origin, url }: ArticleStructuredDataProps) {
  const section = publication.sections.find((s) => s.id === article.section);
  const data = [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      ...(articleDescription(article) ? { description: articleDescription(article) } : {}),
      ...(article.hero ? { image: [absoluteUrl(origin, article.hero.src)] } : {}),
      datePublished: article.publishedAt,
      dateModified: article.updatedAt ?? article.publishedAt,
      author: article.byline.map((person) => ({
        '@type': 'Person',
        name: person.name,
        url: absoluteUrl(origin, paths.authorNamed(person.name)),
      })),
      publisher: {
        '@type': 'Organization',
        name: publication.name,
        url: absoluteUrl(origin, '/'),
        logo: { '@type': 'ImageObject', url: absoluteUrl(origin, '/favicon.svg') },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      articleSection: section?.name ?? article.section,
      ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
      inLanguage: publication.locale,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: publication.name, item: absoluteUrl(origin, '/') },
        {
          '@type': 'ListItem',
          position: 2,
          name: section?.name ?? article.section,
          item: absoluteUrl(origin, paths.section(article.section)),
        },
        { '@type': 'ListItem', position: 3, name: article.headline, item: url },
      ],
    },
  ];
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />;
}
