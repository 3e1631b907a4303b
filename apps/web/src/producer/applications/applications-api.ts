import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Application = components['schemas']['ApplicationDto'];
export type ApplicationForm = components['schemas']['ApplicationFormDto'];
export type ApplicationBody = components['schemas']['CreateApplicationDto'];
export type FeeQuote = components['schemas']['FeeQuoteDto'];
export type TimelineEvent = components['schemas']['ProducerApplicationEventDto'];
export type Offer = components['schemas']['OfferDto'];

/** The producer's own applications, newest first. */
export const useMyApplications = (enabled = true) =>
  useQuery({
    queryKey: ['applications'],
    queryFn: () => unwrap(api.GET('/api/v1/applications')),
    enabled,
  });

export const useApplication = (applicationId: string) =>
  useQuery({
    queryKey: ['applications', applicationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId } } }),
      ),
  });

/** Zones, booth types with prices and support programmes of a fair, as the form offers them. */
export const useApplicationForm = (fairId: string) =>
  useQuery({
    queryKey: ['application-form', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/application-form', { params: { path: { fairId } } })),
    enabled: Boolean(fairId),
  });

/** Other producers who applied to the fair, by name: the "stand near" choices. */
export const useFairApplicants = (fairId: string) =>
  useQuery({
    queryKey: ['fair-applicants', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/applicants', { params: { path: { fairId } } })),
    enabled: Boolean(fairId),
  });

/** The caller's producer's catalogue, to choose the products to exhibit. */
export const useOwnProducts = (producerId: string | null) =>
  useQuery({
    queryKey: ['products', producerId, 'for-application'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId: producerId! }, query: { pageSize: 100 } },
        }),
      ),
    enabled: Boolean(producerId),
  });

export const useQuote = (applicationId: string, enabled = true) =>
  useQuery({
    queryKey: ['applications', applicationId, 'quote'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/quote', {
          params: { path: { applicationId } },
        }),
      ),
    enabled,
  });

export const useTimeline = (applicationId: string) =>
  useQuery({
    queryKey: ['applications', applicationId, 'timeline'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/timeline', {
          params: { path: { applicationId } },
        }),
      ),
  });

export const useBooths = (applicationId: string, enabled = true) =>
  useQuery({
    queryKey: ['applications', applicationId, 'booths'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/booths', {
          params: { path: { applicationId } },
        }),
      ),
    enabled,
  });

/** Booth offers made to the caller's producer (waiting list). */
export const useMyOffers = () =>
  useQuery({
    queryKey: ['waitlist-offers'],
    queryFn: () => unwrap(api.GET('/api/v1/waitlist-offers')),
  });
