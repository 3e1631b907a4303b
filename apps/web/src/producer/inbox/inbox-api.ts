import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import { useMe } from '@web/session/session';

type InquiryDto = components['schemas']['InquiryDto'];
type SampleDto = components['schemas']['ProducerSampleDto'];
export type InquiryStatus = InquiryDto['status'];

/**
 * What the screens read of an inquiry and a sample. The generated client types some nullable
 * fields of these DTOs loosely (an object) until their decorators declare the type, so the
 * answers are read into these once, here.
 */
export interface Inquiry {
  id: string;
  fairId: string;
  product: { id: string; nameVi: string; nameEn: string | null };
  labelCode: string | null;
  buyerName: string;
  company: string | null;
  email: string;
  country: string;
  quantity: number | null;
  message: string;
  locale: InquiryDto['locale'];
  status: InquiryStatus;
  createdAt: string;
}

export interface ProducerSample {
  id: string;
  fairId: string;
  product: { id: string; nameVi: string; nameEn: string | null };
  entryStatus: SampleDto['entryStatus'];
  custodyStatus: SampleDto['custodyStatus'];
  labelCode: string | null;
  displayLocation: string | null;
  quantity: number;
  declaredValue: string;
  showcase: SampleDto['showcase'];
  /** When it got where it stands: the last custody step, else the decision, else the entry. */
  since: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const toInquiry = (i: InquiryDto): Inquiry => ({
  id: i.id,
  fairId: i.fairId,
  product: { id: i.product.id, nameVi: i.product.nameVi, nameEn: text(i.product.nameEn) },
  labelCode: text(i.labelCode),
  buyerName: i.buyerName,
  company: text(i.company),
  email: i.email,
  country: i.country,
  quantity: typeof i.quantity === 'number' ? i.quantity : null,
  message: i.message,
  locale: i.locale,
  status: i.status,
  createdAt: String(i.createdAt),
});

const toSample = (s: SampleDto): ProducerSample => ({
  id: s.id,
  fairId: s.fairId,
  product: { id: s.product.id, nameVi: s.product.nameVi, nameEn: text(s.product.nameEn) },
  entryStatus: s.entryStatus,
  custodyStatus: s.custodyStatus,
  labelCode: text(s.labelCode),
  displayLocation: text(s.displayLocation),
  quantity: s.quantity,
  declaredValue: s.declaredValue,
  showcase: s.showcase,
  since: s.statusSince ?? text(s.decidedAt) ?? String(s.createdAt),
});

export const INQUIRY_STATUSES: InquiryStatus[] = ['new', 'replied', 'closed'];

/** The signed-in member's producer (the screens sit inside RequireRole producer). */
export function useProducerId(): string {
  return useMe().data?.producerId as unknown as string;
}

const inquiriesKey = (producerId: string) => ['producers', producerId, 'inquiries'] as const;

/** One state's inquiries, newest first, a page at a time (more pages on demand). */
export function useInquiries(status: InquiryStatus, pageSize: number) {
  const producerId = useProducerId();
  return useQuery({
    queryKey: [...inquiriesKey(producerId), 'list', status, pageSize],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/producers/{producerId}/inquiries', {
          params: { path: { producerId }, query: { status, pageSize } },
        }),
      );
      return { total: page.total, items: page.items.map(toInquiry) };
    },
  });
}

export function useInquiryCounts() {
  const producerId = useProducerId();
  return useQuery({
    queryKey: [...inquiriesKey(producerId), 'counts'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/producers/{producerId}/inquiries/counts', {
          params: { path: { producerId } },
        }),
      ),
  });
}

export function useInquiry(inquiryId: string) {
  const producerId = useProducerId();
  return useQuery({
    queryKey: [...inquiriesKey(producerId), 'one', inquiryId],
    queryFn: async () =>
      toInquiry(
        await unwrap(
          api.GET('/api/v1/producers/{producerId}/inquiries/{inquiryId}', {
            params: { path: { producerId, inquiryId } },
          }),
        ),
      ),
  });
}

/** Marks an inquiry replied, closed or new again; the lists and counts follow. */
export function useSetInquiryStatus(inquiryId: string) {
  const producerId = useProducerId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (status: InquiryStatus) =>
      toInquiry(
        await unwrap(
          api.PATCH('/api/v1/producers/{producerId}/inquiries/{inquiryId}', {
            params: { path: { producerId, inquiryId } },
            body: { status },
          }),
        ),
      ),
    onSuccess: (inquiry) => {
      client.setQueryData([...inquiriesKey(producerId), 'one', inquiryId], inquiry);
      void client.invalidateQueries({ queryKey: [...inquiriesKey(producerId), 'list'] });
      void client.invalidateQueries({ queryKey: [...inquiriesKey(producerId), 'counts'] });
    },
  });
}

/** The producer's showcase entries and samples (a producer has a handful: one page of 100). */
export function useMySamples() {
  const producerId = useProducerId();
  return useQuery({
    queryKey: ['producers', producerId, 'showcase-samples'],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/producers/{producerId}/showcase-samples', {
          params: { path: { producerId }, query: { pageSize: 100 } },
        }),
      );
      return page.items.map(toSample);
    },
  });
}

/**
 * The producer's answer to an entry: accept the organisers' invitation (it becomes a sample to
 * send), or decline it; declining its own proposal withdraws it.
 */
export function useDecideEntry(sample: ProducerSample) {
  const producerId = useProducerId();
  const client = useQueryClient();
  const path = {
    fairId: sample.fairId,
    showcaseId: sample.showcase.id,
    sampleId: sample.id,
  };
  return useMutation({
    mutationFn: (decision: 'accept' | 'decline') =>
      decision === 'accept'
        ? unwrap(
            api.POST('/api/v1/fairs/{fairId}/showcases/{showcaseId}/samples/{sampleId}/accept', {
              params: { path },
              body: {},
            }),
          )
        : unwrap(
            api.POST('/api/v1/fairs/{fairId}/showcases/{showcaseId}/samples/{sampleId}/decline', {
              params: { path },
              body: {},
            }),
          ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: ['producers', producerId, 'showcase-samples'] }),
  });
}

/** The first photo of one of the producer's own products, if it has one. */
export function useProductPhoto(productId: string) {
  const producerId = useProducerId();
  return useQuery({
    queryKey: ['producers', producerId, 'products', productId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/producers/{producerId}/products/{productId}', {
          params: { path: { producerId, productId } },
        }),
      ),
    select: (product) => product.photos[0]?.url ?? null,
    staleTime: 5 * 60_000,
  });
}

/** The public page of a product in a fair's catalogue (served by the api, no sign-in). */
export const productPageHref = (fairId: string, productId: string) =>
  `/catalogue/fairs/${fairId}/products/${productId}`;

/** The product's name in the language on screen. */
export const productName = (
  product: { nameVi: string; nameEn: string | null },
  language: string,
) => (language === 'en' && product.nameEn ? product.nameEn : product.nameVi);
