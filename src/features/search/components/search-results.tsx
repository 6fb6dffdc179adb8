import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Section } from '../../../contract/publication';
import type { SearchHit, SearchPage } from '../../../contract/search';
import { useApi } from '../../../lib/api-context';
import { useDateFormat } from '../../../lib/date-format-context';
import { paths } from '../../../lib/paths';
import { searchQuery, type SearchRequest } from '../api/get-search-page';
import { HighlightedText } from './highlighted-text';
import { SearchPagesNav } from './search-pages-nav';

type SearchResultsProps = { request: SearchRequest; sections: readonly Section[]; locale: string; timeZone: string };

/** The answer to one query: its hits with the matching words marked, or why the query could not be run. */
export function SearchResults({ request, sections, locale, timeZone }: SearchResultsProps) {
  const answer = useSuspenseQuery(searchQuery(useApi(), request)).data;
  if (answer.kind === 'refused')
    return (
      <>
        <h1>Search</h1>
        <p className="search-problem">{answer.message}.</p>
        <p>Type a few words from a headline, a name or a place, and search again.</p>
      </>
    );
  const { page } = answer;
  const sectionName = (id: string) => sections.find((section) => section.id === id)?.name ?? id;
  return (
    <>
      <header className="section-header">
        <p className="kicker">Search</p>
        <h1>Results for “{page.query}”</h1>
        <p className="muted">{countText(page)}</p>
      </header>
      {page.hits.length > 0 ? (
        <ol className="search-results" start={page.offset + 1}>
          {page.hits.map((hit) => (
            <SearchResult
              key={hit.slug}
              hit={hit}
              section={sectionName(hit.section)}
              locale={locale}
              timeZone={timeZone}
            />
          ))}
        </ol>
      ) : (
        <p>No stories match every word. Try fewer words, or other ones.</p>
      )}
      <SearchPagesNav query={page.query} page={page} />
    </>
  );
}

function countText({ total, offset, hits }: SearchPage): string {
  if (total === 0) return 'No results';
  if (offset === 0 && hits.length === total) return total === 1 ? '1 result' : `${total} results`;
  return `Results ${offset + 1}–${offset + hits.length} of ${total}`;
}

type SearchResultProps = { hit: SearchHit; section: string; locale: string; timeZone: string };

function SearchResult({ hit, section, locale, timeZone }: SearchResultProps) {
  const dates = useDateFormat();
  return (
    <li className="story">
      <h2 className="story-headline">
        <Link to={paths.article(hit.slug)}>
          <HighlightedText value={hit.headline} />
        </Link>
      </h2>
      <p className="story-summary">
        <HighlightedText value={hit.snippet} />
      </p>
      <p className="story-date">
        {section} · <time dateTime={hit.publishedAt}>{dates.date(hit.publishedAt, locale, timeZone)}</time>
      </p>
    </li>
  );
}
