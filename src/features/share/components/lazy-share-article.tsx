import { lazy } from 'react';
import { browserConnection, retryWhenOnline } from '../../../lib/retry-when-online';

// The share control in its own chunk: what every article page downloads is only this line. Offline before the
// chunk is cached, it waits for the connection; meanwhile React keeps the server's HTML (the links) in place.
export const LazyShareArticle = lazy(() =>
  retryWhenOnline(() => import('./share-article'), browserConnection(window))().then((m) => ({
    default: m.ShareArticle,
  })),
);
