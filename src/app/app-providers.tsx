import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PostedFeedback } from '../contract/feedback-form';
import { OutboxProvider } from '../features/feedback/outbox-context';
import type { OutboxHost } from '../features/feedback/outbox-host';
import { PostedFeedbackProvider } from '../features/feedback/posted-feedback-context';
import type { ApiClient } from '../lib/api-client';
import { ApiProvider } from '../lib/api-context';
import { DateFormatProvider } from '../lib/date-format-context';
import type { DateFormat } from '../lib/format-date';
import { SiteOriginProvider } from '../lib/site-origin-context';

type AppProvidersProps = {
  queryClient: QueryClient;
  api: ApiClient;
  dates: DateFormat;
  /** A plain feedback post this page answers (refused), if any. */
  postedFeedback?: PostedFeedback;
  /** The site's origin for absolute addresses in <head>. */
  origin: string;
  /** The browser's feedback outbox; a server render has none. */
  outboxHost?: OutboxHost;
  children: ReactNode;
};

/** What every page reads from context, made by its entry: per request on the server, once in the browser. */
export function AppProviders({
  queryClient,
  api,
  dates,
  origin,
  postedFeedback,
  outboxHost,
  children,
}: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <DateFormatProvider dates={dates}>
          <SiteOriginProvider origin={origin}>
            <PostedFeedbackProvider posted={postedFeedback}>
              <OutboxProvider host={outboxHost}>{children}</OutboxProvider>
            </PostedFeedbackProvider>
          </SiteOriginProvider>
        </DateFormatProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
