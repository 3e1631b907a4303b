import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type FairCall = components['schemas']['FairCallDto'];

export const fairCallsQuery = queryOptions({
  queryKey: ['fair-calls'],
  queryFn: () => unwrap(api.GET('/api/v1/public/fairs')),
});

export const useFairCalls = () => useQuery(fairCallsQuery);

export const fairCallQuery = (fairId: string) =>
  queryOptions({
    queryKey: ['fair-calls', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/fairs/{fairId}', { params: { path: { fairId } } })),
  });

export const useFairCall = (fairId: string) => useQuery(fairCallQuery(fairId));

/** The name in the language on screen, Vietnamese when there is no English one. */
export const localName = (item: { nameVi: string; nameEn: string | null }, language: string) =>
  language === 'en' && item.nameEn ? item.nameEn : item.nameVi;
