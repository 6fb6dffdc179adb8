import { useId, useState } from 'react';
import type { ReportFilter } from '../api/get-feedback-report';
import type { ArticleOption } from '../api/list-article-options';
import { DateField } from './date-field';

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
        <div className="editor-field editor-field-wide">
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
        {/* The report counts whole UTC days (the server's day boundaries), so the labels say so. */}
        <DateField label="From (UTC)" value={from} max={to} onChange={setFrom} />
        <DateField label="To (UTC)" value={to} min={from} onChange={setTo} />
        <button type="submit" className="button">
          Apply filter
        </button>
      </form>
    </section>
  );
}
