import { reloadOnStaleChunk } from './reload-on-stale-chunk';
import '../styles/global.css';

// The server's HTML already is the page, and it works without JavaScript (links are links). So the app is
// fetched only once the page and its images have loaded and painted: on a slow link its ~100 kB would otherwise
// compete with the document and the hero image, and on a slow CPU its evaluation would hold back their paint.
reloadOnStaleChunk();

/** How long a slow image may hold back hydration, and the fallback for a background tab (it never paints). */
const MAX_WAIT_MS = 3000;

let started = false;
function start() {
  if (started) return;
  started = true;
  void import('./entry-client');
}
// rAF runs just before the next paint; the timeout, just after it.
const afterNextPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
if (document.readyState === 'complete') afterNextPaint();
else window.addEventListener('load', afterNextPaint, { once: true });
setTimeout(start, MAX_WAIT_MS);
