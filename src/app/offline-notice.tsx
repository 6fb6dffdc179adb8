import { useOnline } from '../lib/use-online';

/** Says so when the connection drops; pages already loaded keep working, and feedback waits in the outbox. */
export function OfflineNotice() {
  const online = useOnline();
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
