import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Says so when the connection drops; pages already loaded keep working, and feedback waits in the outbox. */
export function OfflineNotice() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <div role="status" className="offline-notice-region">
      {!online && (
        <p className="offline-notice">
          You’re offline. Articles you’ve opened stay readable; feedback you send is saved and sent when you’re back.
        </p>
      )}
    </div>
  );
}
