import { formatDateTime } from '../../../lib/format-date';

type ArticleDatesProps = { publishedAt: string; updatedAt?: string; locale: string; timeZone: string };

export function ArticleDates({ publishedAt, updatedAt, locale, timeZone }: ArticleDatesProps) {
  const showUpdated = updatedAt && updatedAt !== publishedAt;
  return (
    <p className="article-dates">
      Published <time dateTime={publishedAt}>{formatDateTime(publishedAt, locale, timeZone)}</time>
      {showUpdated && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="updated">
            Updated <time dateTime={updatedAt}>{formatDateTime(updatedAt, locale, timeZone)}</time>
          </span>
        </>
      )}
    </p>
  );
}
