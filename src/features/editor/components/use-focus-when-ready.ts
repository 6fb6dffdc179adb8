import { useEffect, useRef, useState } from 'react';

/**
 * After the editor applies a filter, focus moves to the results heading once the results for *that* selection
 * (or their error) are on screen, rather than dropping to <body> when the form re-renders. `selection` names what
 * is shown now; `ready` is false while it loads.
 */
export function useFocusWhenReady<T extends HTMLElement>(selection: string, ready: boolean) {
  const target = useRef<T>(null);
  // Each request is a new object, so applying the same filter twice moves focus twice.
  const [awaited, setAwaited] = useState<{ selection: string } | null>(null);
  const focused = useRef<{ selection: string } | null>(null);
  const arrived = awaited !== null && awaited.selection === selection && ready;
  useEffect(() => {
    if (!arrived || focused.current === awaited) return;
    focused.current = awaited;
    target.current?.focus();
  }, [arrived, awaited]);
  return {
    target,
    /** The requested selection's results are on screen (until another selection is shown). */
    arrived,
    request: (next: string) => setAwaited({ selection: next }),
  };
}
