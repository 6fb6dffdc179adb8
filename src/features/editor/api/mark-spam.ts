import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';

/** An editor's verdict on one item; every report is fetched again, since totals and both views change. */
export function useMarkSpam() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, spam }: { id: string; spam: boolean }) =>
      api.sendNoContent(`/api/admin/feedback/${encodeURIComponent(id)}/spam`, { method: 'PUT', body: { spam } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.feedback.reports() }),
  });
}
