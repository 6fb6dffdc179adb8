import { SHELL_ID } from './layout';

/** When even the publication cannot load there is no masthead to show: a plain page with a way out. */
export function RootError() {
  return (
    <div id={SHELL_ID} className="shell">
      <main id="main" className="page-message">
        <title>Something went wrong</title>
        <h1>Something went wrong</h1>
        <p>We couldn’t load this page. Check your connection, then try again.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </main>
    </div>
  );
}
