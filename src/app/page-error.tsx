import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router-dom';
import { PageMeta } from './page-meta';

export function NotFoundPage() {
  return (
    <div className="page-message">
      <PageMeta title="Page not found" noindex />
      <h1>Page not found</h1>
      <p>We couldn’t find a page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the front page</Link>
      </p>
    </div>
  );
}

export function GonePage() {
  return (
    <div className="page-message">
      <PageMeta title="Article removed" noindex />
      <h1>This article has been removed</h1>
      <p>It is no longer published at this address.</p>
      <p>
        <Link to="/">Go to the front page</Link>
      </p>
    </div>
  );
}

/** Every page's error state: not found, or a failure the reader can retry. */
export function PageError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isRouteErrorResponse(error) && error.status === 410) return <GonePage />;
  const retrying = revalidator.state === 'loading';
  return (
    <div className="page-message" role="alert">
      <PageMeta title="Something went wrong" noindex />
      <h1>Something went wrong</h1>
      <p>We couldn’t load this page. Check your connection, then try again.</p>
      <button type="button" className="button" disabled={retrying} onClick={() => void revalidator.revalidate()}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}
