import { useQuery } from '@tanstack/react-query';
import { EditorPage } from '../../features/editor/components/editor-page';
import { useApi } from '../../lib/api-context';
import { publicationQuery } from '../api/get-publication';
import { PageMeta } from '../page-meta';

// Editors only, reached solely through the lazy route in routes.tsx: its own chunk, never in the readers' bundle.
// No loader: the session is an HttpOnly cookie the server render never sees, so the page asks from the browser.
export function Component() {
  const publication = useQuery(publicationQuery(useApi())).data;
  return (
    <>
      <PageMeta title="Reader feedback" />
      <meta name="robots" content="noindex" />
      <EditorPage locale={publication?.locale ?? 'en-US'} timeZone={publication?.timeZone ?? 'UTC'} />
    </>
  );
}
