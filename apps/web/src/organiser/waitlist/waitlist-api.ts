import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Waitlist = components['schemas']['WaitlistDto'];
export type Offer = components['schemas']['OfferDto'];
export type OfferStatus = Offer['status'];

export const waitlistKey = (fairId: string) => ['organiser', 'fair', fairId, 'waitlist'] as const;

/** The waiting list, free booths and every offer; refreshed each minute so time left moves. */
export const useWaitlist = (fairId: string) =>
  useQuery({
    queryKey: waitlistKey(fairId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/waitlist', { params: { path: { fairId } } })),
    refetchInterval: 60_000,
  });

export const makeOffers = (fairId: string, expiresInHours: number) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/waitlist/offers', {
      params: { path: { fairId } },
      body: { expiresInHours },
    }),
  );

export const useZoneNames = (fairId: string, language: string) => {
  const zones = useQuery({
    queryKey: ['organiser', 'fair', fairId, 'zones'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/zones', { params: { path: { fairId } } })),
  });
  return new Map(
    (zones.data ?? []).map((z) => [
      z.code,
      language === 'en' && z.nameEn ? (z.nameEn as string) : z.nameVi,
    ]),
  );
};
