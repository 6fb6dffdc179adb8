import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { editorSignInSchema } from '../../../contract/feedback';
import { ApiError, type ApiClient } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';

export type EditorSession = { state: 'signed-in' } | { state: 'signed-out' } | { state: 'disabled'; detail: string };

const SESSION_PATH = '/api/admin/session';

// The session is an HttpOnly cookie that the server render never forwards to its in-process API calls,
// so only the browser can ask. Until it has, server and browser both render the same loading state.
const inBrowser = typeof window !== 'undefined';

async function getSession(api: ApiClient, signal?: AbortSignal): Promise<EditorSession> {
  try {
    await api.sendNoContent(SESSION_PATH, { signal });
    return { state: 'signed-in' };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { state: 'signed-out' };
    if (error instanceof ApiError && error.status === 403) return { state: 'disabled', detail: error.message };
    throw error;
  }
}

export const sessionQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: queryKeys.editor.session(),
    queryFn: ({ signal }) => getSession(api, signal),
    enabled: inBrowser,
  });

export const useEditorSession = () => useQuery(sessionQuery(useApi()));

export type SignInResult = { ok: true } | { ok: false; error: string };

/**
 * Sends the token once and forgets it: it is not kept in any cache or storage, only in this call.
 * The server answers with an HttpOnly cookie that the page's JavaScript cannot read.
 */
export function useSignIn(): (token: string) => Promise<SignInResult> {
  const queryClient = useQueryClient();
  const api = useApi();
  const setSession = (session: EditorSession) => queryClient.setQueryData(queryKeys.editor.session(), session);
  return async (token) => {
    const parsed = editorSignInSchema.safeParse({ token });
    if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Enter the editor token' };
    try {
      await api.sendNoContent(SESSION_PATH, { method: 'POST', body: parsed.data });
      setSession({ state: 'signed-in' });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof ApiError))
        return { ok: false, error: 'We couldn’t reach the server. Check your connection, then try again.' };
      if (error.status === 401) return { ok: false, error: 'That token is not right' };
      if (error.status === 403) setSession({ state: 'disabled', detail: error.message });
      return { ok: false, error: error.message };
    }
  };
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationFn: () => api.sendNoContent(SESSION_PATH, { method: 'DELETE' }),
    onSuccess: () => {
      // Nothing an editor read stays in memory once they have signed out.
      queryClient.removeQueries({ queryKey: queryKeys.feedback.reports() });
      queryClient.setQueryData(queryKeys.editor.session(), { state: 'signed-out' } satisfies EditorSession);
    },
  });
}
