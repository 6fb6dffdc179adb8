import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';

export const LEAVE_DRAFT_QUESTION = 'You have feedback you haven’t sent. Leave this page and lose it?';

/**
 * While the reader has typed something unsent, leaving the article asks first: a link followed inside the
 * app (the router's blocker) and a reload or closed tab (the browser's own prompt).
 */
export function useDraftGuard(hasDraft: boolean): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => hasDraft && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(LEAVE_DRAFT_QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!hasDraft) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasDraft]);
}
