import { useDateFormat } from '../../../lib/date-format-context';

type ArticleDatesProps = { publishedAt: string; updatedAt?: string; locale: string; timeZone: string };

export function ArticleDates({ publishedAt, updatedAt, locale, timeZone }: ArticleDatesProps) {
  const dates = useDateFormat();
  const showUpdated = updatedAt && updatedAt !== publishedAt;
  return (
    <p className="article-dates">
      Published <time dateTime={publishedAt}>{dates.dateTime(publishedAt, locale, timeZone)}</time>
      {showUpdated && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="updated">
            Updated <time dateTime={updatedAt}>{dates.dateTime(updatedAt, locale, timeZone)}</time>
          </span>
        </>
      )}
    </p>
  );
}
