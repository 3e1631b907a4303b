import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import type { FairBody } from './fair-form';

export type Fair = components['schemas']['FairDto'];
export type FairStatus = Fair['status'];

export const FAIR_STATUSES: FairStatus[] = [
  'draft',
  'open',
  'allocating',
  'published',
  'running',
  'closed',
  'cancelled',
];

/** Statuses in which a fair is being worked on (applications, booths, the days themselves). */
export const LIVE_STATUSES: FairStatus[] = ['open', 'allocating', 'published', 'running'];

const PAGE = 100;

/** Every fair of the body, newest first (a body runs tens of fairs, not thousands). */
export const useBodyFairs = (bodyId: string) =>
  useQuery({
    queryKey: ['organiser', 'fairs', bodyId],
    queryFn: async () => {
      const fairs: Fair[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(
          api.GET('/api/v1/organising-bodies/{bodyId}/fairs', {
            params: { path: { bodyId }, query: { page, pageSize: PAGE } },
          }),
        );
        fairs.push(...answer.items);
        if (fairs.length >= answer.total || answer.items.length === 0) return fairs;
      }
    },
  });

export const useFair = (fairId: string) =>
  useQuery({
    queryKey: ['organiser', 'fair', fairId],
    queryFn: () => unwrap(api.GET('/api/v1/fairs/{fairId}', { params: { path: { fairId } } })),
  });

export const useStatusChanges = (fairId: string) =>
  useQuery({
    queryKey: ['organiser', 'fair', fairId, 'status-changes'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/status-changes', { params: { path: { fairId } } })),
  });

// The generated schema types nullable fields loosely for now, hence the cast.
type FairRequest = components['schemas']['CreateFairDto'];

export const createFair = (bodyId: string, body: FairBody) =>
  unwrap(
    api.POST('/api/v1/organising-bodies/{bodyId}/fairs', {
      params: { path: { bodyId } },
      body: body as unknown as FairRequest,
    }),
  );

export const updateFair = (fairId: string, body: FairBody) =>
  unwrap(
    api.PATCH('/api/v1/fairs/{fairId}', {
      params: { path: { fairId } },
      body: body as unknown as FairRequest,
    }),
  );

/** Moves the fair on; refreshes what shows its status. */
export function useChangeStatus(fairId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { to: FairStatus; reason?: string }) =>
      unwrap(api.POST('/api/v1/fairs/{fairId}/status', { params: { path: { fairId } }, body })),
    onSuccess: (fair) => {
      client.setQueryData(['organiser', 'fair', fairId], fair);
      void client.invalidateQueries({ queryKey: ['organiser', 'fairs'] });
      void client.invalidateQueries({ queryKey: ['organiser', 'fair', fairId, 'status-changes'] });
    },
  });
}

/** The name in the language on screen, Vietnamese when there is no English one. */
export const fairName = (fair: { nameVi: string; nameEn: unknown }, language: string) =>
  (language === 'en' && text(fair.nameEn)) || fair.nameVi;

/** A nullable text field of an answer (the generated schema types some loosely). */
export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
