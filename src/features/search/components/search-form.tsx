import { useLocation, useNavigate } from 'react-router-dom';
import { isPathOf, paths, routePatterns } from '../../../lib/paths';

/**
 * The masthead's search box: a plain GET form to `/search`, which the server renders without JavaScript; once
 * the app runs, a submit navigates on the client instead. On the search page it shows the query asked.
 */
export function SearchForm() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const asked = isPathOf(routePatterns.search, pathname) ? (new URLSearchParams(search).get('q') ?? '') : '';
  return (
    <form
      role="search"
      className="search-form"
      method="get"
      action={paths.search()}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(paths.search(String(new FormData(event.currentTarget).get('q') ?? '')));
      }}
    >
      <label htmlFor="search-query" className="visually-hidden">
        Search stories
      </label>
      {/* Keyed by the query so a navigation (back, a new search) shows the words of the page it lands on. */}
      <input key={asked} id="search-query" type="search" name="q" defaultValue={asked} autoComplete="off" />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
