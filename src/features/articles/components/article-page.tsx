import type { ReactNode } from 'react';
import type { Article } from '../../../contract/article';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ArticleNotes } from './article-notes';
import { ArticleTags } from './article-tags';

type ArticlePageProps = {
  article: Article;
  sectionName: string;
  locale: string;
  timeZone: string;
  /** Rendered after the body and its tags: sharing and where to read next. */
  continuation?: ReactNode;
  /** Rendered at the end of the article: the feedback widget. */
  footer?: ReactNode;
};

export function ArticlePage({ article, sectionName, locale, timeZone, continuation, footer }: ArticlePageProps) {
  return (
    <article className="article">
      <ArticleHeader article={article} sectionName={sectionName} locale={locale} timeZone={timeZone} />
      <ArticleNotes notes={article.notes} placement="top" locale={locale} timeZone={timeZone} />
      <ArticleBody blocks={article.body} />
      <ArticleNotes notes={article.notes} placement="foot" locale={locale} timeZone={timeZone} />
      <ArticleTags tags={article.tags} />
      {continuation}
      {footer}
    </article>
  );
}
