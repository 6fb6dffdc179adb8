import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { editorSignInSchema } from '../../contract/feedback';
import { formatIssues } from '../../contract/format-issues';
import { sendProblem } from '../http/problem';
import {
  checkToken,
  createSession,
  EDITOR_DISABLED,
  revokeSession,
  SESSION_COOKIE,
  type EditorAuth,
} from './editor-auth';

const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;

export function registerSessionRoutes(
  app: FastifyInstance,
  auth: EditorAuth | undefined,
  onlyEditors: preHandlerAsyncHookHandler,
): void {
  app.post('/api/admin/session', async (request, reply) => {
    if (!auth) return sendProblem(reply, 403, EDITOR_DISABLED);
    const parsed = editorSignInSchema.safeParse(request.body);
    if (!parsed.success) return sendProblem(reply, 422, 'Enter the editor token', formatIssues(parsed.error));
    const refused = checkToken(auth, request, reply, parsed.data.token);
    if (refused) return refused;
    const session = await createSession(auth);
    return reply
      .setCookie(SESSION_COOKIE, session.value, { ...cookieOptions, maxAge: session.maxAgeSeconds })
      .code(204)
      .send();
  });

  app.get('/api/admin/session', { preHandler: onlyEditors }, async (_request, reply) => reply.code(204).send());

  app.delete(
    '/api/admin/session',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      if (auth) await revokeSession(auth, request.cookies[SESSION_COOKIE]);
      return reply.clearCookie(SESSION_COOKIE, cookieOptions).code(204).send();
    },
  );
}
