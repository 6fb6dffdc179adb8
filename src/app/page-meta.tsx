import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import type { Image } from '../contract/image';
import { useApi } from '../lib/api-context';
import { feedPaths, type FeedPaths } from '../lib/paths';
import { shortDescription } from '../lib/short-description';
import { absoluteUrl, useSiteOrigin } from '../lib/site-origin-context';
import { publicationQuery } from './api/get-publication';

export type ArticleMeta = { publishedTime: string; modifiedTime?: string; section: string; tags: readonly string[] };

type PageMetaProps = {
  title?: string;
  description?: string;
  /** The picture a shared link shows. */
  image?: Image;
  article?: ArticleMeta;
  /** The page's own list feed, offered beside the front page's. */
  feed?: { title: string; paths: FeedPaths };
  /** Error pages: no canonical, not indexed. */
  noindex?: boolean;
  /** Structured data (JSON-LD) for the page. */
  children?: ReactNode;
};

/**
 * What search engines, feed readers and link previews read: title, description, canonical address, Open Graph
 * and Twitter card, feeds. React 19 hoists these into <head>, on the server and on every client navigation.
 */
export function PageMeta({ title, description, image, article, feed, noindex = false, children }: PageMetaProps) {
  const publication = useQuery(publicationQuery(useApi())).data;
  const origin = useSiteOrigin();
  const { pathname } = useLocation();
  const name = publication?.name ?? 'Broadsheet';
  const fullTitle = title ? `${title} | ${name}` : name;
  const text = shortDescription(description ?? publication?.description ?? name);
  const url = absoluteUrl(origin, pathname);
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={text} />
      {noindex ? (
        <meta name="robots" content="noindex" />
      ) : (
        <>
          <link rel="canonical" href={url} />
          <meta property="og:site_name" content={name} />
          <meta property="og:type" content={article ? 'article' : 'website'} />
          <meta property="og:title" content={title ?? name} />
          <meta property="og:description" content={text} />
          <meta property="og:url" content={url} />
          {publication?.locale && <meta property="og:locale" content={publication.locale.replace('-', '_')} />}
          {image && <ImageMeta origin={origin} image={image} />}
          {article && <ArticleTimes article={article} />}
          <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={title ?? name} />
          <meta name="twitter:description" content={text} />
          {image && <meta name="twitter:image" content={absoluteUrl(origin, image.src)} />}
          {image && <meta name="twitter:image:alt" content={image.alt} />}
          <FeedLinks name={name} origin={origin} feed={feed} />
          {children}
        </>
      )}
    </>
  );
}

function ImageMeta({ origin, image }: { origin: string; image: Image }) {
  return (
    <>
      <meta property="og:image" content={absoluteUrl(origin, image.src)} />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
    </>
  );
}

function ArticleTimes({ article }: { article: ArticleMeta }) {
  return (
    <>
      <meta property="article:published_time" content={article.publishedTime} />
      <meta property="article:modified_time" content={article.modifiedTime ?? article.publishedTime} />
      <meta property="article:section" content={article.section} />
      {article.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
    </>
  );
}

function FeedLinks({ name, origin, feed }: { name: string; origin: string; feed?: PageMetaProps['feed'] }) {
  const feeds = [{ title: name, paths: feedPaths.front }, ...(feed ? [feed] : [])];
  return feeds.map(({ title, paths }) => <FeedLink key={paths.rss} title={title} origin={origin} paths={paths} />);
}

function FeedLink({ title, origin, paths }: { title: string; origin: string; paths: FeedPaths }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={absoluteUrl(origin, paths.rss)} />
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`${title} (Atom)`}
        href={absoluteUrl(origin, paths.atom)}
      />
    </>
  );
}
