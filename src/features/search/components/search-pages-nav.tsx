import { Link } from 'react-router-dom';
import type { SearchPage } from '../../../contract/search';
import { paths } from '../../../lib/paths';

type SearchPagesNavProps = { query: string; page: Pick<SearchPage, 'previousCursor' | 'nextCursor'> };

const pageLink = (query: string, cursor: string) => `${paths.search(query)}&${new URLSearchParams({ cursor })}`;

/** Plain links to the pages before and after, so paging works without JavaScript as well as with it. */
export function SearchPagesNav({ query, page: { previousCursor, nextCursor } }: SearchPagesNavProps) {
  if (!previousCursor && !nextCursor) return null;
  return (
    <nav aria-label="Result pages" className="search-pages">
      {previousCursor && (
        <Link to={pageLink(query, previousCursor)} rel="prev">
          ← Previous results
        </Link>
      )}
      {nextCursor && (
        <Link to={pageLink(query, nextCursor)} rel="next">
          Next results →
        </Link>
      )}
    </nav>
  );
}
