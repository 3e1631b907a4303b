import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Run = components['schemas']['RunDto'];
export type Draft = components['schemas']['DraftDto'];
export type RunInstance = components['schemas']['RunInstanceDto'];
export type PublishPreview = components['schemas']['PublishPreviewDto'];
export type Pin = components['schemas']['PinViewDto'];

const boardKey = (fairId: string) => ['organiser', 'allocation', fairId] as const;
const POLL_MS = 500;

const runsPath = '/api/v1/fairs/{fairId}/allocation/runs' as const;

/** The fair's runs, newest first, asked again while the newest is still being computed. */
export const useRuns = (fairId: string) =>
  useQuery({
    queryKey: [...boardKey(fairId), 'runs'],
    queryFn: () => unwrap(api.GET(runsPath, { params: { path: { fairId } } })),
    refetchInterval: (query) => {
      const newest = query.state.data?.[0];
      return newest && (newest.status === 'queued' || newest.status === 'running')
        ? POLL_MS
        : false;
    },
  });

export const useDraft = (fairId: string, runId: string | undefined) =>
  useQuery({
    queryKey: [...boardKey(fairId), 'draft', runId],
    enabled: !!runId,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/allocation/runs/{runId}/draft', {
          params: { path: { fairId, runId: runId! } },
        }),
      ),
  });

/** What the run allocated: the contract's rules check a drag against it in the browser. */
export const useInstance = (fairId: string, runId: string | undefined) =>
  useQuery({
    queryKey: [...boardKey(fairId), 'instance', runId],
    enabled: !!runId,
    staleTime: Infinity,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/allocation/runs/{runId}/instance', {
          params: { path: { fairId, runId: runId! } },
        }),
      ),
  });

export const usePins = (fairId: string) =>
  useQuery({
    queryKey: [...boardKey(fairId), 'pins'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/allocation/pins', { params: { path: { fairId } } })),
  });

export function useBoardRefresh(fairId: string) {
  const client = useQueryClient();
  return {
    all: () => client.invalidateQueries({ queryKey: boardKey(fairId) }),
    draft: (draft: Draft) =>
      client.setQueryData([...boardKey(fairId), 'draft', draft.runId], draft),
  };
}

export const startRun = (fairId: string) =>
  unwrap(api.POST(runsPath, { params: { path: { fairId } }, body: { reshuffle: false } }));

export const moveProducer = (
  fairId: string,
  runId: string,
  body: { applicationId: string; booths: string[]; override: boolean },
) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/allocation/runs/{runId}/draft/moves', {
      params: { path: { fairId, runId } },
      body,
    }),
  );

export const swapProducers = (
  fairId: string,
  runId: string,
  body: { applicationIds: string[]; override: boolean },
) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/allocation/runs/{runId}/draft/swaps', {
      params: { path: { fairId, runId } },
      body,
    }),
  );

export const pinProducer = (fairId: string, applicationId: string, booths: string[]) =>
  unwrap(
    api.PUT('/api/v1/fairs/{fairId}/allocation/pins/{applicationId}', {
      params: { path: { fairId, applicationId } },
      body: { booths },
    }),
  );

export const unpinProducer = (fairId: string, applicationId: string) =>
  unwrap(
    api.DELETE('/api/v1/fairs/{fairId}/allocation/pins/{applicationId}', {
      params: { path: { fairId, applicationId } },
    }),
  );

export const previewPublication = (fairId: string, runId: string) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/allocation/runs/{runId}/publish-preview', {
      params: { path: { fairId, runId } },
    }),
  );

export const publishRun = (fairId: string, runId: string) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/allocation/runs/{runId}/publish', {
      params: { path: { fairId, runId } },
    }),
  );
