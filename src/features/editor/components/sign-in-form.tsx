import { useActionState, useEffect, useId } from 'react';
import { useSignIn } from '../api/editor-session';
import { useFocusOnMount } from './use-focus-on-mount';

type SignInFormProps = { focusField: boolean; onSignedIn: () => void };
type SignInState = { error: string | null };

/**
 * The token goes from the field straight into one request. React resets the form after every
 * submission, so the field is empty again whatever the answer, and nothing keeps a copy.
 */
export function SignInForm({ focusField, onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const inputRef = useFocusOnMount<HTMLInputElement>(focusField);
  const inputId = useId();
  const errorId = useId();
  const [state, formAction, pending] = useActionState(
    async (_previous: SignInState, formData: FormData): Promise<SignInState> => {
      const token = formData.get('token');
      const result = await signIn(typeof token === 'string' ? token : '');
      if (!result.ok) return { error: result.error };
      onSignedIn();
      return { error: null };
    },
    { error: null },
  );

  // After a refusal, back to the field (now described by the error) for another try.
  useEffect(() => {
    if (state.error) inputRef.current?.focus();
  }, [state, inputRef]);

  return (
    <div className="editor-sign-in">
      <h1>Editor sign in</h1>
      <p>Sign in with the editor token to read what readers say about each article.</p>
      <form action={formAction} noValidate className="editor-form">
        <div className="editor-field">
          <label htmlFor={inputId}>Editor token</label>
          <input
            ref={inputRef}
            id={inputId}
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? errorId : undefined}
          />
          {state.error && (
            <p id={errorId} className="editor-error" role="alert">
              {state.error}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={pending}>
          Sign in
        </button>
      </form>
    </div>
  );
}
