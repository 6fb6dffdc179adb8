import { useQuery } from '@tanstack/react-query';
import { useApi } from '../lib/api-context';
import { publicationQuery } from './api/get-publication';

type PageMetaProps = { title?: string; description?: string };

/** React 19 hoists these into <head>, on the server and on every client navigation. */
export function PageMeta({ title, description }: PageMetaProps) {
  const publication = useQuery(publicationQuery(useApi())).data;
  const name = publication?.name ?? 'Broadsheet';
  return (
    <>
      <title>{title ? `${title} | ${name}` : name}</title>
      <meta name="description" content={description ?? publication?.description ?? name} />
    </>
  );
}
