import { useEffect, useRef } from 'react';

/**
 * Calls `onNear` once, when the element comes within `margin` of the viewport (or at once where
 * IntersectionObserver is missing). Returns the ref to attach.
 */
export function useWhenNear<T extends Element>(onNear: () => void, margin = '600px') {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') return onNear();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          onNear();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onNear, margin]);
  return ref;
}
