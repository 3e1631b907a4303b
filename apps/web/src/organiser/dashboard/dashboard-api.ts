import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import type { Fair } from '../fairs/fairs-api';

export type Campaign = components['schemas']['CampaignDto'];
export type CampaignProgress = components['schemas']['CampaignProgressDto'];
export type Programme = components['schemas']['SupportProgrammeDto'];

/** How many of the fair's applications have no decision yet, and how many wait to be released. */
export const useReviewCounts = (fairs: Fair[]) =>
  useQueries({
    queries: fairs.map((fair) => ({
      queryKey: ['organiser', 'review', fair.id, 'counts'],
      queryFn: async () => {
        const count = async (query: { status?: 'submitted'; pending?: boolean }) =>
          (
            await unwrap(
              api.GET('/api/v1/fairs/{fairId}/applications', {
                params: { path: { fairId: fair.id }, query: { ...query, pageSize: 1 } },
              }),
            )
          ).total;
        const [waiting, staged] = await Promise.all([
          count({ status: 'submitted' }),
          count({ pending: true }),
        ]);
        return { fair, waiting, staged };
      },
    })),
  });

export const useProgrammesOf = (fairs: Fair[]) =>
  useQueries({
    queries: fairs.map((fair) => ({
      queryKey: ['organiser', 'fair', fair.id, 'programmes'],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/fairs/{fairId}/support-programmes', {
            params: { path: { fairId: fair.id } },
          }),
        ),
    })),
  });

export const useUnreturnedOf = (fairs: Fair[]) =>
  useQueries({
    queries: fairs.map((fair) => ({
      queryKey: ['organiser', 'fair', fair.id, 'unreturned'],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/fairs/{fairId}/showcases/unreturned', {
            params: { path: { fairId: fair.id } },
          }),
        ),
    })),
  });

/** The body's latest campaigns; those that went out, with their sending progress. */
export function useCampaignProgress(bodyId: string, limit: number) {
  const campaigns = useQuery({
    queryKey: ['organiser', 'campaigns', bodyId, 'latest'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/campaigns', {
          params: { path: { bodyId }, query: { page: 1, pageSize: 20 } },
        }),
      ),
  });
  const sent = (campaigns.data?.items ?? [])
    .filter((c) => c.status === 'sending' || c.status === 'sent')
    .slice(0, limit);
  const progress = useQueries({
    queries: sent.map((campaign) => ({
      queryKey: ['organiser', 'campaign', campaign.id, 'progress'],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/campaigns/{campaignId}/progress', {
            params: { path: { campaignId: campaign.id } },
          }),
        ),
    })),
  });
  return {
    campaigns,
    rows: sent.map((campaign, i) => ({ campaign, progress: progress[i]?.data })),
    others: (campaigns.data?.items ?? []).filter((c) => c.status === 'scheduled').length,
  };
}
