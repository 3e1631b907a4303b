import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import { as, type Override } from '../schema-fix';

type Schemas = components['schemas'];
type Village = Override<Schemas['CraftVillageDto'], { communeCode: string | null }>;
type Contact = Override<Schemas['ContactDto'], { title: string | null; email: string | null }>;
type Address = Override<
  Schemas['AddressDto'],
  { detail: string | null; formerAddress: string | null }
>;
export type Producer = Override<
  Schemas['ProducerDto'],
  {
    legalNameEn: string | null;
    craftCategory: string | null;
    provinceCode: string | null;
    taxCode: string | null;
    craftVillage: Village | null;
    address: Address | null;
    contacts: Contact[];
  }
>;
export type ProducerUpdate = Override<
  Schemas['UpdateProducerDto'],
  {
    legalNameEn?: string | null;
    taxCode?: string | null;
    craftVillageId?: string | null;
    address?: {
      provinceCode: string;
      communeCode: string;
      detail?: string | null;
      formerAddress?: string | null;
    } | null;
    contacts?: { name: string; title?: string | null; phone: string; email?: string | null }[];
  }
>;
export type Member = Override<Schemas['ProducerMemberDto'], { emailVerifiedAt: string | null }>;

/** A profile change as the API's body type. */
export const producerBody = (update: ProducerUpdate) => as<Schemas['UpdateProducerDto']>(update);

export const producerKey = (producerId: string) => ['producers', producerId] as const;
export const membersKey = (producerId: string) => ['producers', producerId, 'members'] as const;

export const useProducer = (producerId: string) =>
  useQuery({
    queryKey: producerKey(producerId),
    queryFn: async () =>
      as<Producer>(
        await unwrap(
          api.GET('/api/v1/producers/{producerId}', { params: { path: { producerId } } }),
        ),
      ),
  });

export const useMembers = (producerId: string) =>
  useQuery({
    queryKey: membersKey(producerId),
    queryFn: async () =>
      as<Member[]>(
        await unwrap(
          api.GET('/api/v1/producers/{producerId}/members', { params: { path: { producerId } } }),
        ),
      ),
  });

// Reference data changes rarely: an hour in the cache spares the phone's data.
const REFERENCE_STALE = 60 * 60_000;

export const useProvinces = () =>
  useQuery({
    queryKey: ['reference', 'provinces'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/provinces')),
    staleTime: REFERENCE_STALE,
  });

export const useCommunes = (provinceCode: string) =>
  useQuery({
    queryKey: ['reference', 'provinces', provinceCode, 'communes'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reference/provinces/{provinceCode}/communes', {
          params: { path: { provinceCode } },
        }),
      ),
    enabled: provinceCode !== '',
    staleTime: REFERENCE_STALE,
  });

/** Craft villages of a province whose name matches what is typed (Hà Nội alone has 300+). */
export const useVillages = (provinceCode: string, q: string) =>
  useQuery({
    queryKey: ['craft-villages', provinceCode, q],
    queryFn: async () =>
      as<{ items: Village[]; total: number }>(
        await unwrap(
          api.GET('/api/v1/craft-villages', {
            params: { query: { provinceCode, q: q || undefined, pageSize: 50 } },
          }),
        ),
      ),
    enabled: provinceCode !== '',
    staleTime: REFERENCE_STALE,
    placeholderData: (previous) => previous,
  });
