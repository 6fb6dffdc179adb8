import type { FastifyInstance } from 'fastify';
import type { ContentRepository } from '../content/content-repository';
import type { Store } from '../store/store';
import { AUTH_FAILURES_PER_MINUTE, requireEditor, type EditorAuth } from './editor-auth';
import { createFailureLimit } from './failure-limit';
import { registerCsvExport } from './csv-export';
import { registerReportRoutes } from './report-routes';
import { registerSessionRoutes } from './session-routes';

type EditorRouteOptions = {
  content: ContentRepository;
  store: Store;
  token: string | undefined;
  now?: () => number;
};

export function registerEditorRoutes(
  app: FastifyInstance,
  { content, store, token, now = Date.now }: EditorRouteOptions,
): void {
  const auth: EditorAuth | undefined = token
    ? { token, store, now, failures: createFailureLimit({ max: AUTH_FAILURES_PER_MINUTE, windowMs: 60_000, now }) }
    : undefined;
  const onlyEditors = requireEditor(auth);
  const headline = (slug: string) => content.summary(slug)?.headline ?? null;
  registerSessionRoutes(app, auth, onlyEditors);
  registerReportRoutes(app, { store, headline, onlyEditors });
  registerCsvExport(app, { store, headline, onlyEditors });
}
