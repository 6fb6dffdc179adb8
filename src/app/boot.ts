import { APP_MODULES_ELEMENT_ID, type AppModules } from '../contract/app-modules';
import { reloadOnStaleChunk } from './reload-on-stale-chunk';
import '../styles/global.css';
import '../styles/article-end.css';
import '../styles/search.css';
import '../styles/print.css';

// The server's HTML already is the page, and it works without JavaScript (links are links). So the app is
// fetched only once the page has loaded and its first content is on screen: on a slow link its ~100 kB would
// otherwise compete with the document and the hero image, and on a slow CPU its evaluation would delay their paint.
// This module itself is inlined into the page by the server (render/inline-boot-script.ts): as a file it was one
// more request before first paint (LCP about 1.35x the same page without scripts). So it imports nothing that
// becomes a chunk of its own, and learns the app's files from the page (contract/app-modules.ts).
reloadOnStaleChunk();

/** How long a slow image may hold back hydration, and the fallback for a background tab (it never paints). */
const MAX_WAIT_MS = 3000;

let started = false;
function start() {
  if (started) return;
  started = true;
  const element = document.getElementById(APP_MODULES_ELEMENT_ID);
  if (!element?.textContent) return; // no app to load: the page stays the server's, which works on its own
  const modules = JSON.parse(element.textContent) as AppModules;
  for (const href of modules.preload) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  void import(/* @vite-ignore */ modules.entry);
}

const loaded = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else window.addEventListener('load', () => resolve(), { once: true });
});

// The paint entry arrives once the frame is on screen; a rAF plus a task is the nearest thing without it.
const painted = new Promise<void>((resolve) => {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    return;
  }
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'paint', buffered: true });
});

void Promise.all([loaded, painted]).then(start);
setTimeout(start, MAX_WAIT_MS);
