import type { Section } from '../../../contract/publication';
import type { SearchRequest } from '../api/get-search-page';
import { SearchResults } from './search-results';

type SearchPageProps = { request: SearchRequest; sections: readonly Section[]; locale: string; timeZone: string };

export function SearchPage({ request, ...shown }: SearchPageProps) {
  return (
    <div className="section-page search-page">
      {request.q.trim() === '' ? (
        <>
          <h1>Search</h1>
          <p>Type a few words from a headline, a name or a place in the search box above.</p>
        </>
      ) : (
        <SearchResults request={request} {...shown} />
      )}
    </div>
  );
}
