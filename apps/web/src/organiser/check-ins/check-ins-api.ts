import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';

/** Admissions of a fair, refreshed while the gates are busy. */
export const useCheckInStats = (fairId: string) =>
  useQuery({
    queryKey: ['organiser', 'check-ins', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/check-ins/stats', { params: { path: { fairId } } })),
    refetchInterval: 30_000,
  });

export const useGateSettings = (fairId: string) =>
  useQuery({
    queryKey: ['organiser', 'gate-settings', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/gate-settings', { params: { path: { fairId } } })),
  });

export function useSaveGateSettings(fairId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (earlyEntryMinutes: number) =>
      unwrap(
        api.PUT('/api/v1/fairs/{fairId}/gate-settings', {
          params: { path: { fairId } },
          body: { earlyEntryMinutes },
        }),
      ),
    onSuccess: (settings) => client.setQueryData(['organiser', 'gate-settings', fairId], settings),
  });
}
