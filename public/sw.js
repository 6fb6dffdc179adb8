// Broadsheet's service worker: what a reader has opened stays readable offline.
// Pages and API reads are network-first (news must be fresh), falling back to the last copy;
// hashed assets are cache-first (they never change). Nothing about editors or writes is touched.
const VERSION = 'v1';
const PAGES = `broadsheet-pages-${VERSION}`;
const ASSETS = `broadsheet-assets-${VERSION}`;
const MAX_PAGES = 80;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
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

const isPage = (url) => url.pathname === '/' || /^\/(article|section)\/[^/]+$/.test(url.pathname);
const isRead = (url) =>
  url.pathname === '/api/publication' ||
  url.pathname === '/api/trending' ||
  url.pathname === '/api/articles' ||
  /^\/api\/articles\/[^/]+$/.test(url.pathname);

async function trim(cache) {
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(request);
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
      await trim(cache);
      // Keep an article both ways: its page (so a reload offline works after a client-side visit) and its
      // data (so the app can navigate back to it offline after it was opened as a page).
      const { pathname } = new URL(request.url);
      const slug = /^\/(?:api\/articles|article)\/([^/?]+)$/.exec(pathname)?.[1];
      if (slug) {
        const twin = new URL(pathname.startsWith('/api/') ? `/article/${slug}` : `/api/articles/${slug}`, request.url);
        if (!(await cache.match(twin))) cache.add(twin).catch(() => undefined);
      }
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
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
