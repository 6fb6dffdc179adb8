import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleFeedbackSummary } from '../../../contract/feedback';
import { helpfulShare, topReasons } from './feedback-labels';
import { paths } from '../../../lib/paths';

type ArticleFeedbackTableProps = { articles: ArticleFeedbackSummary[] };

export function ArticleFeedbackTable({ articles }: ArticleFeedbackTableProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="editor-section">
      <h2 id={headingId}>By article</h2>
      <table className="editor-table">
        <caption>Feedback for each article</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Yes</th>
            <th scope="col">No</th>
            <th scope="col">Helpful</th>
            <th scope="col">Error reports</th>
            <th scope="col">Top reasons</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.articleSlug}>
              <th scope="row">
                <Link to={paths.article(article.articleSlug)}>{article.headline ?? article.articleSlug}</Link>
              </th>
              <td>{article.yes}</td>
              <td>{article.no}</td>
              <td>{helpfulShare(article.yes, article.no)}</td>
              <td>{article.errorReports}</td>
              <td>{topReasons(article.reasons)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
