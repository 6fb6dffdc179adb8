import { useQuery } from '@tanstack/react-query';
import { publicationQuery } from './api/get-publication';

type PageMetaProps = { title?: string; description?: string };

/** React 19 hoists these into <head>, on the server and on every client navigation. */
export function PageMeta({ title, description }: PageMetaProps) {
  const name = useQuery(publicationQuery()).data?.name ?? 'Broadsheet';
  const publicationDescription = useQuery(publicationQuery()).data?.description;
  return (
    <>
      <title>{title ? `${title} | ${name}` : name}</title>
      <meta name="description" content={description ?? publicationDescription ?? name} />
    </>
  );
}
