import { useState } from 'react';
import { useHydrated } from '../../../lib/use-hydrated';
import { useEditorSession, useSignOut } from '../api/editor-session';
import { EditorDisabled, EditorLoading, SessionError } from './editor-states';
import { FeedbackDashboard } from './feedback-dashboard';
import { SignInForm } from './sign-in-form';

type EditorPageProps = { locale: string; timeZone: string };

/**
 * The editor view: loading until the browser has checked the session (the server render always
 * shows that state, so hydration matches), then the sign-in form, the dashboard, or why editing is off.
 * Without JavaScript it stays at the server's state, which says the editor needs it (never "Loading…").
 */
export function EditorPage({ locale, timeZone }: EditorPageProps) {
  const session = useEditorSession();
  const hydrated = useHydrated();
  const signOut = useSignOut();
  // Focus moves only after something the editor did (signing in or out), never on first load.
  const [moveFocus, setMoveFocus] = useState(false);
  const state = session.data?.state;
  const status = !hydrated
    ? ''
    : session.isPending
      ? 'Loading editor…'
      : state === 'signed-out' && signOut.isSuccess
        ? 'Signed out'
        : '';

  let view;
  if (!session.data) {
    view = session.isError ? (
      <SessionError onRetry={() => void session.refetch()} />
    ) : (
      <EditorLoading hydrated={hydrated} />
    );
  } else if (session.data.state === 'disabled') {
    view = <EditorDisabled detail={session.data.detail} />;
  } else if (session.data.state === 'signed-out') {
    view = (
      <SignInForm
        focusField={moveFocus}
        onSignedIn={() => {
          signOut.reset();
          setMoveFocus(true);
        }}
      />
    );
  } else {
    view = (
      <FeedbackDashboard
        locale={locale}
        timeZone={timeZone}
        focusHeading={moveFocus}
        signingOut={signOut.isPending}
        signOutFailed={signOut.isError}
        onSignOut={() => {
          setMoveFocus(true);
          signOut.mutate();
        }}
        onSessionEnded={() => void session.refetch()}
      />
    );
  }

  return (
    <div className="editor">
      <p role="status" className="editor-status">
        {status}
      </p>
      {view}
    </div>
  );
}
