import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { feedbackReportQuerySchema, feedbackReportSchema } from '../../../contract/feedback';
import type { ApiClient } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';

/** `spam: 'only'` is the suspected-spam view. */
export type ReportFilter = { article?: string; from?: string; to?: string; spam?: 'only' };

const FILTER_FIELDS = ['article', 'from', 'to', 'spam'] as const;

/** The filter in the address bar, keeping only values the server would accept (a hand-edited `?from=soon` is dropped). */
export function readReportFilter(params: URLSearchParams): ReportFilter {
  const filter: ReportFilter = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field);
    if (!value || !feedbackReportQuerySchema.shape[field].safeParse(value).success) continue;
    if (field === 'spam') {
      if (value === 'only') filter.spam = 'only';
    } else filter[field] = value;
  }
  return filter;
}

/** Only the fields that are set, in a fixed order: `article=…&from=…&to=…&spam=…`. */
export function toReportParams(filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filter[field];
    if (value) params.set(field, value);
  }
  return params;
}

const withQuery = (path: string, filter: ReportFilter) => {
  const query = toReportParams(filter).toString();
  return query ? `${path}?${query}` : path;
};

export const feedbackCsvHref = (filter: ReportFilter) => withQuery('/api/admin/feedback.csv', filter);

export const feedbackReportQuery = (api: ApiClient, filter: ReportFilter) =>
  queryOptions({
    queryKey: queryKeys.feedback.report(filter),
    queryFn: ({ signal }) => api.getJson(withQuery('/api/admin/feedback', filter), feedbackReportSchema, signal),
    // Keep the last report on screen while a new filter loads, rather than flashing a skeleton.
    placeholderData: keepPreviousData,
  });

export const useFeedbackReport = (filter: ReportFilter) => useQuery(feedbackReportQuery(useApi(), filter));
