import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../lib/api-context';
import { publicationQuery } from './api/get-publication';
import { OfflineNotice } from './offline-notice';
import { ProgressBar } from './progress-bar';
import { usePrefetchOnIntent } from './use-prefetch-on-intent';
import { paths } from '../lib/paths';
import { SearchForm } from '../features/search/components/search-form';

export const SHELL_ID = 'shell';

function useFocusMainOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // After a client-side navigation, start keyboard and screen-reader users at the new content.
    if (first.current) first.current = false;
    else main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return main;
}

export function Layout() {
  // Pages load the publication in their loaders; until the first one lands the masthead keeps its space.
  const publication = useQuery(publicationQuery(useApi())).data;
  const name = publication?.name ?? '';
  const main = useFocusMainOnNavigation();
  usePrefetchOnIntent();
  return (
    <div id={SHELL_ID} className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <ProgressBar />
      <header className="masthead">
        <p className="masthead-name">
          <Link to="/">{name}</Link>
        </p>
        <nav aria-label="Sections" className="section-nav">
          <ul>
            {publication?.sections.map((section) => (
              <li key={section.id}>
                <NavLink to={paths.section(section.id)}>{section.name}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm />
      </header>
      <OfflineNotice />
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          © {name}. <Link to="/">Front page</Link>
        </p>
        {/* The site's own pages (content/pages/), as the publication lists them. */}
        <nav aria-label="About us">
          <ul>
            {publication?.pages.map((page) => (
              <li key={page.slug}>
                <Link to={paths.sitePage(page.slug)}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
