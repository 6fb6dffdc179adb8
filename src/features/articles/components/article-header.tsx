import { Link } from 'react-router-dom';
import type { Article } from '../../../contract/article';
import { readingMinutes } from '../../../contract/article-text';
import { ArticleDates } from './article-dates';

type ArticleHeaderProps = { article: Article; sectionName: string; locale: string; timeZone: string };

function formatByline(byline: Article['byline']): string {
  const names = byline.map((b) => b.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

export function ArticleHeader({ article, sectionName, locale, timeZone }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <p className="article-section">
        <Link to={`/section/${article.section}`}>{sectionName}</Link>
      </p>
      <h1>{article.headline}</h1>
      <p className="standfirst">{article.summary}</p>
      <div className="article-meta">
        <p className="byline">By {formatByline(article.byline)}</p>
        <p className="reading-time">{readingMinutes(article.body)} min read</p>
        <ArticleDates
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          locale={locale}
          timeZone={timeZone}
        />
      </div>
    </header>
  );
}
