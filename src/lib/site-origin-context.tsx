import { createContext, useContext, type ReactNode } from 'react';

// Absolute addresses (canonical, Open Graph, structured data) need the site's origin: the server's render is
// told it per request (PUBLIC_URL, or the address asked for); the browser is already at it.
const SiteOriginContext = createContext<string>('');

type SiteOriginProviderProps = { origin: string; children: ReactNode };

export function SiteOriginProvider({ origin, children }: SiteOriginProviderProps) {
  return <SiteOriginContext.Provider value={origin}>{children}</SiteOriginContext.Provider>;
}

/** `https://news.example`, without a trailing slash; empty outside a provider (addresses stay relative). */
export const useSiteOrigin = (): string => useContext(SiteOriginContext);

/** An absolute address on this site for a site-relative path (`/images/x.jpg`); absolute ones are kept. */
export function absoluteUrl(origin: string, pathOrUrl: string): string {
  return origin ? new URL(pathOrUrl, `${origin}/`).href : pathOrUrl;
}
