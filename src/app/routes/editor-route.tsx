import { EditorPage } from '../../features/editor/components/editor-page';
import { usePublication } from '../api/get-publication';
import { PageMeta } from '../page-meta';

// Editors only, reached solely through the lazy route in routes.tsx: its own chunk, never in the readers' bundle.
// Its loader fetches the publication alone: the session is an HttpOnly cookie the server render never sees, so
// the page asks for it from the browser.
export function Component() {
  const { locale, timeZone } = usePublication();
  return (
    <>
      <PageMeta title="Reader feedback" />
      <meta name="robots" content="noindex" />
      <EditorPage locale={locale} timeZone={timeZone} />
    </>
  );
}
