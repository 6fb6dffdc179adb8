import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';

export const LEAVE_DRAFT_QUESTION = 'You have feedback you haven’t sent. Leave this page and lose it?';

/**
 * Rendered only while the reader has typed something unsent: leaving the article then asks first, for a link
 * followed inside the app (the router's blocker) and for a reload or closed tab (the browser's own prompt).
 * Mounted only then because the router warns about every history entry it did not make (the skip link's
 * `#main`) while any blocker exists.
 */
export function DraftGuard(): null {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(LEAVE_DRAFT_QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  return null;
}
