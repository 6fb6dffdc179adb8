const FLAG = 'broadsheet:reloaded-for-chunk';

/**
 * After a deploy, a page opened earlier may ask for chunks that no longer exist. Vite reports that
 * as `vite:preloadError`; reload once to get the new build, but never loop: the flag holds for this tab
 * until a page loads cleanly.
 */
export function reloadOnStaleChunk(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (!navigator.onLine) return; // offline is not a deploy: the boundary around the chunk explains it
    if (sessionStorage.getItem(FLAG)) return;
    sessionStorage.setItem(FLAG, String(Date.now()));
    event.preventDefault();
    window.location.reload();
  });
  window.addEventListener('load', () => setTimeout(() => sessionStorage.removeItem(FLAG), 10_000), { once: true });
}
