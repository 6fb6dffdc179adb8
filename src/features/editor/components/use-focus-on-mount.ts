import { useEffect, useRef } from 'react';

/**
 * Focuses the element when it appears, if asked. After signing in or out the control the editor
 * used is gone, so focus goes to the start of what replaced it instead of falling to the page.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
