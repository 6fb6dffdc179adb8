import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and during hydration, true once the browser's scripts run the page: for what only makes
 * sense with JavaScript ("Loading…"), so a visitor without it is never told to wait for something that won't come.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
