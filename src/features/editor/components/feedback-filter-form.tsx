import { useId, useState } from 'react';
import type { ReportFilter } from '../api/get-feedback-report';
import type { ArticleOption } from '../api/list-article-options';

type FeedbackFilterFormProps = {
  filter: ReportFilter;
  articles: ArticleOption[];
  onApply: (filter: ReportFilter) => void;
};

/** Starts from the filter in the address bar (the parent remounts it when that changes) and applies on submit. */
export function FeedbackFilterForm({ filter, articles, onApply }: FeedbackFilterFormProps) {
  const [article, setArticle] = useState(filter.article ?? '');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const headingId = useId();
  const articleId = useId();
  const fromId = useId();
  const toId = useId();

  return (
    <section aria-labelledby={headingId} className="editor-section">
      <h2 id={headingId}>Filter</h2>
      <form
        className="editor-filter"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ ...filter, article, from, to });
        }}
      >
        <div className="editor-field">
          <label htmlFor={articleId}>Article</label>
          <select id={articleId} value={article} onChange={(event) => setArticle(event.target.value)}>
            <option value="">All articles</option>
            {articles.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.headline}
              </option>
            ))}
          </select>
        </div>
        <div className="editor-field">
          <label htmlFor={fromId}>From</label>
          <input
            id={fromId}
            type="date"
            value={from}
            max={to || undefined}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="editor-field">
          <label htmlFor={toId}>To</label>
          <input
            id={toId}
            type="date"
            value={to}
            min={from || undefined}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Apply filter
        </button>
      </form>
    </section>
  );
}
