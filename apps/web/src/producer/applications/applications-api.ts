import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Application = components['schemas']['ApplicationDto'];
export type ApplicationForm = components['schemas']['ApplicationFormDto'];
export type ApplicationBody = components['schemas']['CreateApplicationDto'];
export type FeeQuote = components['schemas']['FeeQuoteDto'];
export type TimelineEvent = components['schemas']['ProducerApplicationEventDto'];
export type Offer = components['schemas']['OfferDto'];
export type ProducerBooths = components['schemas']['ProducerBoothsDto'];

/** The producer's own applications, newest first. */
const myApplicationsQuery = queryOptions({
  queryKey: ['applications'],
  queryFn: () => unwrap(api.GET('/api/v1/applications')),
});

export const useMyApplications = (enabled = true) => useQuery({ ...myApplicationsQuery, enabled });

const applicationQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId } } }),
      ),
  });

export const useApplication = (applicationId: string) => useQuery(applicationQuery(applicationId));

/** Zones, booth types with prices and support programmes of a fair, as the form offers them. */
const applicationFormQuery = (fairId: string) =>
  queryOptions({
    queryKey: ['application-form', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/application-form', { params: { path: { fairId } } })),
    enabled: Boolean(fairId),
  });

export const useApplicationForm = (fairId: string) => useQuery(applicationFormQuery(fairId));

/** Other producers who applied to the fair, by name: the "stand near" choices. */
const fairApplicantsQuery = (fairId: string) =>
  queryOptions({
    queryKey: ['fair-applicants', fairId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/fairs/{fairId}/applicants', { params: { path: { fairId } } })),
    enabled: Boolean(fairId),
  });

export const useFairApplicants = (fairId: string) => useQuery(fairApplicantsQuery(fairId));

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

const quoteQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'quote'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/quote', {
          params: { path: { applicationId } },
        }),
      ),
  });

export const useQuote = (applicationId: string, enabled = true) =>
  useQuery({ ...quoteQuery(applicationId), enabled });

const timelineQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'timeline'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/timeline', {
          params: { path: { applicationId } },
        }),
      ),
  });

export const useTimeline = (applicationId: string) => useQuery(timelineQuery(applicationId));

const boothsQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'booths'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/booths', {
          params: { path: { applicationId } },
        }),
      ),
  });

export const useBooths = (applicationId: string, enabled = true) =>
  useQuery({ ...boothsQuery(applicationId), enabled });

/** Booth offers made to the caller's producer (waiting list). */
const myOffersQuery = queryOptions({
  queryKey: ['waitlist-offers'],
  queryFn: () => unwrap(api.GET('/api/v1/waitlist-offers')),
});

export const useMyOffers = () => useQuery(myOffersQuery);

/**
 * What an application's page shows first, asked for at once (main.tsx calls this on a deep
 * link, beside loading the code). What shows below the decision letter asks for its own data
 * once the letter is on screen (ApplicationDetails), not in the letter's way.
 */
export async function prefetchApplicationPage(
  client: QueryClient,
  applicationId: string,
): Promise<void> {
  void client.prefetchQuery(timelineQuery(applicationId));
  void client.prefetchQuery(myOffersQuery);
  // A refusal (not signed in, another's) is the page's to show when it renders.
  const app = await client.fetchQuery(applicationQuery(applicationId)).catch(() => undefined);
  // The timeline names the booths given.
  if (app?.status === 'approved') void client.prefetchQuery(boothsQuery(applicationId));
}

/**
 * The application form: the fair's form and the producer's applications, at once. Resolves
 * whether the form is likely to show (no application to the fair yet, or a draft).
 */
export async function prefetchApplyPage(client: QueryClient, fairId: string): Promise<boolean> {
  void client.prefetchQuery(applicationFormQuery(fairId));
  const mine = await client.fetchQuery(myApplicationsQuery).catch(() => undefined);
  const live = mine?.find((a) => a.fairId === fairId && a.status !== 'withdrawn');
  const editable = Boolean(mine) && (!live || live.status === 'draft');
  if (editable) void client.prefetchQuery(fairApplicantsQuery(fairId));
  return editable;
}

/** One offer, as its mail's link opens it; another producer's answers not found. */
export const useOffer = (offerId: string) =>
  useQuery({
    queryKey: ['waitlist-offers', offerId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/waitlist-offers/{offerId}', { params: { path: { offerId } } })),
  });
