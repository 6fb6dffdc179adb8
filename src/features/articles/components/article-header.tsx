import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { Article } from '../../../contract/article';
import { readingMinutes } from '../../../contract/article-text';
import { ArticleDates } from './article-dates';
import { ArticleFigure } from './article-figure';
import { TextBlocks } from './blocks/text-blocks';
import { paths } from '../../../lib/paths';

type ArticleHeaderProps = { article: Article; sectionName: string; locale: string; timeZone: string };

/** "By A, B and C", each name a link to the author's page. */
function Byline({ byline }: { byline: Article['byline'] }) {
  return (
    <p className="byline">
      By{' '}
      {byline.map((person, i) => (
        <Fragment key={person.name}>
          {i > 0 && (i === byline.length - 1 ? ' and ' : ', ')}
          <Link to={paths.authorNamed(person.name)} rel="author">
            {person.name}
          </Link>
        </Fragment>
      ))}
    </p>
  );
}

export function ArticleHeader({ article, sectionName, locale, timeZone }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <p className="article-section">
        <Link to={paths.section(article.section)}>{sectionName}</Link>
      </p>
      <h1>{article.headline}</h1>
      {/* The photo and its caption come right under the headline, before the standfirst, as newspapers set it:
          on a phone the standfirst first pushed the photo a screen down. */}
      {article.hero && <ArticleFigure image={article.hero} priority className="article-figure hero" />}
      {typeof article.summary === 'string' ? (
        <p className="standfirst">{article.summary}</p>
      ) : (
        article.summary && (
          <div className="standfirst">
            <TextBlocks blocks={article.summary} />
          </div>
        )
      )}
      <div className="article-meta">
        {article.byline.length > 0 && <Byline byline={article.byline} />}
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
