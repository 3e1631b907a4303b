import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components, operations } from '@web/api/schema';

export type ReviewApplication = components['schemas']['ReviewApplicationDto'];
export type ReleasePreview = components['schemas']['ReleasePreviewDto'];
export type ReviewQuery = NonNullable<operations['ReviewController_list']['parameters']['query']>;
export type ReviewSort = NonNullable<ReviewQuery['sort']>;
export type Decision = 'approved' | 'rejected' | 'waitlisted';

/** Rows per page: the list is paged, filtered and sorted by the API, thousands or not. */
export const PAGE_SIZE = 50;

const reviewKey = (fairId: string) => ['organiser', 'review', fairId] as const;

export const useReviewPage = (fairId: string, query: ReviewQuery) =>
  useQuery({
    queryKey: [...reviewKey(fairId), 'list', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/applications', {
          params: { path: { fairId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** How many decisions are staged and not released yet. */
export const useStagedCount = (fairId: string) =>
  useQuery({
    queryKey: [...reviewKey(fairId), 'staged'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/fairs/{fairId}/applications', {
            params: { path: { fairId }, query: { pending: true, pageSize: 1 } },
          }),
        )
      ).total,
  });

export const useZones = (fairId: string) =>
  useQuery({
    queryKey: ['organiser', 'fair', fairId, 'zones'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/zones', { params: { path: { fairId } } })),
  });

export const useProgrammes = (fairId: string) =>
  useQuery({
    queryKey: ['organiser', 'fair', fairId, 'programmes'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/support-programmes', { params: { path: { fairId } } }),
      ),
  });

export const stageDecisions = (
  fairId: string,
  body: { decision: Decision; reason?: string; applicationIds: string[] },
) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/applications/decisions', {
      params: { path: { fairId } },
      body,
    }),
  );

export const previewRelease = (fairId: string) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/applications/decisions/release-preview', {
      params: { path: { fairId } },
      body: {},
    }),
  );

/** Releases the named staged decisions, or every staged one when none are named. */
export const releaseDecisions = (fairId: string, applicationIds?: string[]) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/applications/decisions/release', {
      params: { path: { fairId } },
      body: applicationIds ? { applicationIds } : {},
    }),
  );

/** After a decision or a release, every list and count of the fair's review is stale. */
export function useRefreshReview(fairId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: reviewKey(fairId) });
}
