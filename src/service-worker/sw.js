/* global __SW_BUILD__ */
// Broadsheet's service worker: what a reader has opened stays readable offline.
// Pages and API reads are network-first (news must be fresh), falling back to the last copy after
// NETWORK_TIMEOUT_MS or on failure; hashed assets are cache-first (they never change). Nothing about editors or
// writes is touched. The build (scripts/service-worker-plugin.ts) fills in its version and the chunks to cache
// at install: the feedback forms, so they open offline on any page, even if the reader never neared them.
const BUILD = __SW_BUILD__;
const PAGES = `broadsheet-pages-${BUILD.version}`;
const ASSETS = `broadsheet-assets-${BUILD.version}`;
const MAX_PAGES = 80;
/** A connection that answers nothing (a train in a tunnel) gets the last copy after this long. */
const NETWORK_TIMEOUT_MS = 4_000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(ASSETS);
      await cache.addAll(BUILD.precache);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Another build's caches: its pages may point at chunks this one no longer has.
      for (const key of await caches.keys()) if (key !== PAGES && key !== ASSETS) await caches.delete(key);
      await self.clients.claim();
      // The page that installed this worker loaded before it: keep that one too.
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (isPage(url)) networkFirst(new Request(url)).catch(() => undefined);
      }
    })(),
  );
});

// The pages it keeps and an article's address are src/lib/paths.ts's, filled in by the build.
const PAGES_KEPT = BUILD.routes.pages.map((source) => new RegExp(source));
const ARTICLE_PAGE = new RegExp(BUILD.routes.article);
const ARTICLE_DATA = /^\/api\/articles\/([^/]+)$/;
const isPage = (url) => PAGES_KEPT.some((page) => page.test(url.pathname));
const isRead = (url) =>
  url.pathname === '/api/publication' ||
  url.pathname === '/api/front' ||
  url.pathname === '/api/trending' ||
  url.pathname === '/api/articles' ||
  ARTICLE_DATA.test(url.pathname);

async function trim(cache) {
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(request);
}

/** The cached copy once `ms` have passed, if there is one; otherwise never (the network decides). */
function cachedAfter(cache, request, ms) {
  return new Promise((resolve) => {
    setTimeout(async () => {
      const cached = await cache.match(request, { ignoreVary: true });
      if (cached) resolve(cached);
    }, ms);
  });
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    return await Promise.race([fetchAndKeep(cache, request), cachedAfter(cache, request, NETWORK_TIMEOUT_MS)]);
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function fetchAndKeep(cache, request) {
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    await trim(cache);
    // Keep an article both ways: its page (so a reload offline works after a client-side visit) and its
    // data (so the app can navigate back to it offline after it was opened as a page).
    const { pathname } = new URL(request.url);
    const page = ARTICLE_PAGE.exec(pathname)?.[1];
    const data = ARTICLE_DATA.exec(pathname)?.[1];
    if (page || data) {
      const twin = new URL(data ? BUILD.routes.articlePrefix + data : `/api/articles/${page}`, request.url);
      if (!(await cache.match(twin))) cache.add(twin).catch(() => undefined);
    }
  }
  return response;
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate' ? isPage(url) : isRead(url)) event.respondWith(networkFirst(request));
});
