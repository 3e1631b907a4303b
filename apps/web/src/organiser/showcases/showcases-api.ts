import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Showcase = components['schemas']['ShowcaseDto'];
export type Sample = components['schemas']['SampleDto'];
export type CustodyStep = components['schemas']['CustodyStepDto'];
export type CustodyStatus = NonNullable<Sample['custodyStatus']>;

export const showcasesKey = (fairId: string) => ['organiser', 'fair', fairId, 'showcases'] as const;

export const useShowcases = (fairId: string) =>
  useQuery({
    queryKey: showcasesKey(fairId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/showcases', { params: { path: { fairId } } })),
  });

const showcaseQuery = (fairId: string, showcaseId: string) => ({
  queryKey: [...showcasesKey(fairId), showcaseId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/fairs/{fairId}/showcases/{showcaseId}', {
        params: { path: { fairId, showcaseId } },
      }),
    ),
});

export const useShowcase = (fairId: string, showcaseId: string | undefined) =>
  useQuery({ ...showcaseQuery(fairId, showcaseId ?? ''), enabled: Boolean(showcaseId) });

/** Every showcase's samples: a scanned label may belong to any showcase of the fair. */
export const useAllSamples = (fairId: string, showcases: Showcase[]) =>
  useQueries({
    queries: showcases.map((showcase) => showcaseQuery(fairId, showcase.id)),
    combine: (results) => results.flatMap((result) => result.data?.samples ?? []),
  });

export const useSample = (fairId: string, sample: Sample | undefined) =>
  useQuery({
    queryKey: [...showcasesKey(fairId), 'sample', sample?.id],
    enabled: Boolean(sample),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/showcases/{showcaseId}/samples/{sampleId}', {
          params: { path: { fairId, showcaseId: sample!.showcaseId, sampleId: sample!.id } },
        }),
      ),
  });

export const useUnreturned = (fairId: string) =>
  useQuery({
    queryKey: [...showcasesKey(fairId), 'unreturned'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/showcases/unreturned', { params: { path: { fairId } } }),
      ),
  });

export const recordCustody = (fairId: string, sample: Sample, body: CustodyStep) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/showcases/{showcaseId}/samples/{sampleId}/custody', {
      params: { path: { fairId, showcaseId: sample.showcaseId, sampleId: sample.id } },
      body,
    }),
  );

/** The steps the custody machine allows from each status (domain/sample-custody.ts). */
export const NEXT_STEPS: Record<CustodyStatus, CustodyStep['step'][]> = {
  requested: ['receive', 'cancel'],
  received: ['display', 'return', 'mark_damaged', 'mark_lost'],
  on_display: ['display', 'return', 'sell', 'mark_damaged', 'mark_lost'],
  returned: [],
  sold: [],
  damaged: [],
  lost: [],
  cancelled: [],
};

export const createShowcase = (fairId: string, body: components['schemas']['CreateShowcaseDto']) =>
  unwrap(api.POST('/api/v1/fairs/{fairId}/showcases', { params: { path: { fairId } }, body }));

export const updateShowcase = (
  fairId: string,
  showcaseId: string,
  body: components['schemas']['UpdateShowcaseDto'],
) =>
  unwrap(
    api.PATCH('/api/v1/fairs/{fairId}/showcases/{showcaseId}', {
      params: { path: { fairId, showcaseId } },
      body,
    }),
  );
