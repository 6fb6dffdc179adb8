type EditorLoadingProps = { hydrated: boolean };

/**
 * What the server renders, and the browser until the session check answers: no editor data, only its shape.
 * The server's copy tells a visitor without JavaScript that the editor needs it; the skeleton appears only once
 * scripts run, as nothing would ever replace it otherwise.
 */
export function EditorLoading({ hydrated }: EditorLoadingProps) {
  return (
    <div className="editor-loading" aria-busy={hydrated || undefined}>
      <h1>Reader feedback</h1>
      <noscript>
        <p className="editor-noscript">
          The editor needs JavaScript. Turn it on in your browser’s settings, then reload this page.
        </p>
      </noscript>
      {hydrated && (
        <div className="skeleton-list" aria-hidden="true">
          <span className="skeleton-line wide" />
          <span className="skeleton-line" />
          <span className="skeleton-line wide" />
        </div>
      )}
    </div>
  );
}

type EditorDisabledProps = { detail: string };

export function EditorDisabled({ detail }: EditorDisabledProps) {
  return (
    <div className="page-message">
      <h1>The editor is turned off</h1>
      <p>{detail}</p>
    </div>
  );
}

type SessionErrorProps = { onRetry: () => void };

export function SessionError({ onRetry }: SessionErrorProps) {
  return (
    <div className="page-message" role="alert">
      <h1>Reader feedback</h1>
      <p>We couldn’t check whether you are signed in. Check your connection, then try again.</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
