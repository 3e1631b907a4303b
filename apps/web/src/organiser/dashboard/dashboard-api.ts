import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Campaign = components['schemas']['CampaignDto'];
export type CampaignProgress = components['schemas']['CampaignProgressDto'];
export type Programme = components['schemas']['SupportProgrammeDto'];

export type DashboardFair = components['schemas']['DashboardFairDto'];

/**
 * Each fair in play with its review queue, samples not yet returned and budgets: one request
 * for the whole body, by fair id.
 */
export const useDashboardFigures = (bodyId: string) =>
  useQuery({
    queryKey: ['organiser', 'dashboard', bodyId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/dashboard', {
          params: { path: { bodyId } },
        }),
      ),
    select: (answer) => new Map(answer.fairs.map((fair) => [fair.fairId, fair])),
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
  // One request for the progress of all the body's campaigns, not one per campaign.
  const progress = useQuery({
    queryKey: ['organiser', 'campaigns', bodyId, 'progress'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/campaigns/progress', {
          params: { path: { bodyId } },
        }),
      ),
    enabled: sent.length > 0,
  });
  const byId = new Map((progress.data ?? []).map((p) => [p.campaignId, p]));
  return {
    campaigns,
    rows: sent.map((campaign) => ({ campaign, progress: byId.get(campaign.id) })),
    others: (campaigns.data?.items ?? []).filter((c) => c.status === 'scheduled').length,
  };
}
