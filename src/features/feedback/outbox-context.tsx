import { createContext, useContext, type ReactNode } from 'react';
import type { OutboxHost } from './outbox-host';

// None on the server: a server render never sends feedback, only the browser's entry makes an outbox.
const OutboxContext = createContext<OutboxHost | undefined>(undefined);

type OutboxProviderProps = { host: OutboxHost | undefined; children: ReactNode };

export function OutboxProvider({ host, children }: OutboxProviderProps) {
  return <OutboxContext.Provider value={host}>{children}</OutboxContext.Provider>;
}

/** The app's outbox host; using it where the entry gave none (a server render) is a mistake, so it throws. */
export function useOutboxHost(): OutboxHost {
  const host = useContext(OutboxContext);
  return (
    host ?? {
      get: () => {
        throw new Error('No outbox: the entry gave AppProviders no outboxHost');
      },
      // Read inside the sent memory's try, so a server render (which only ever asks the server snapshot) says "not sent".
      storage: () => {
        throw new Error('No storage: the entry gave AppProviders no outboxHost');
      },
    }
  );
}
