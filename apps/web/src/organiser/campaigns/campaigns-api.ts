import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Campaign = components['schemas']['CampaignDto'];
export type CampaignStatus = Campaign['status'];
export type CampaignChange = components['schemas']['UpdateCampaignDto'];
export type Preview = components['schemas']['CampaignPreviewDto'];
export type Progress = components['schemas']['CampaignProgressDto'];
export type Funnel = components['schemas']['CampaignFunnelDto'];
export type Reminder = components['schemas']['ReminderDto'];
export type ReminderAudience = components['schemas']['CreateReminderDto']['audience'];
export type Language = 'vi' | 'en';

export const CAMPAIGN_PAGE_SIZE = 50;
export const campaignKey = (id: string) => ['organiser', 'campaign', id] as const;

export const useCampaigns = (bodyId: string, page: number) =>
  useQuery({
    queryKey: ['organiser', 'campaigns', bodyId, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/campaigns', {
          params: { path: { bodyId }, query: { page, pageSize: CAMPAIGN_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

const isSending = (c: Campaign | undefined) => c?.status === 'sending';

/** A campaign; polled while its fan-out runs so the screen moves on by itself when it ends. */
export const useCampaign = (id: string) =>
  useQuery({
    queryKey: campaignKey(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/campaigns/{campaignId}', { params: { path: { campaignId: id } } })),
    refetchInterval: (q) => (isSending(q.state.data) ? 1000 : false),
  });

/**
 * A draft starts addressed to the whole list (the API wants someone); the composer shows that
 * choice to narrow, and sending states the count before anything goes out.
 */
export const createCampaign = (bodyId: string, body: { fairId: string; name: string }) =>
  unwrap(
    api.POST('/api/v1/organising-bodies/{bodyId}/campaigns', {
      params: { path: { bodyId } },
      body: { ...body, audience: { all: true }, maxGuests: 0, preAccepted: false },
    }),
  );

export const updateCampaign = (id: string, body: CampaignChange) =>
  unwrap(
    api.PATCH('/api/v1/campaigns/{campaignId}', { params: { path: { campaignId: id } }, body }),
  );

export const previewCampaign = (
  id: string,
  locale: Language,
  texts: { subject: string; body: string },
) =>
  unwrap(
    api.POST('/api/v1/campaigns/{campaignId}/preview', {
      params: { path: { campaignId: id } },
      body: { locale, subject: { [locale]: texts.subject }, body: { [locale]: texts.body } },
    }),
  );

export const sendCampaign = (id: string) =>
  unwrap(
    api.POST('/api/v1/campaigns/{campaignId}/send', {
      params: { path: { campaignId: id } },
      body: {},
    }),
  );

const unfinished = (p: Progress | undefined) =>
  !p || !p.enqueued || p.mail.queued + p.mail.sending + p.mail.retrying > 0;

/** Sending progress, polled until every mail has an outcome. */
export const useProgress = (id: string) =>
  useQuery({
    queryKey: [...campaignKey(id), 'progress'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/campaigns/{campaignId}/progress', {
          params: { path: { campaignId: id } },
        }),
      ),
    refetchInterval: (q) => (unfinished(q.state.data) ? 1000 : false),
  });

/** The funnel; answers and check-ins come in over days, so a slow refresh is enough. */
export const useFunnel = (id: string) =>
  useQuery({
    queryKey: [...campaignKey(id), 'funnel'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/campaigns/{campaignId}/funnel', { params: { path: { campaignId: id } } }),
      ),
    refetchInterval: 15_000,
  });

export const useReminders = (id: string) =>
  useQuery({
    queryKey: [...campaignKey(id), 'reminders'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/campaigns/{campaignId}/reminders', {
          params: { path: { campaignId: id } },
        }),
      ),
    refetchInterval: (q) => (q.state.data?.some((r) => r.fanOutFinishedAt === null) ? 1000 : false),
  });

export const remind = (id: string, audience: ReminderAudience) =>
  unwrap(
    api.POST('/api/v1/campaigns/{campaignId}/reminders', {
      params: { path: { campaignId: id } },
      body: { audience },
    }),
  );

/** Sends at a Hà Nội day and time (`2027-09-01`, `08:00`): the API takes it with its offset. */
export const scheduleCampaign = (id: string, day: string, time: string) =>
  unwrap(
    api.POST('/api/v1/campaigns/{campaignId}/send', {
      params: { path: { campaignId: id } },
      body: { at: `${day}T${time}:00+07:00` },
    }),
  );

export const unscheduleCampaign = (id: string) =>
  unwrap(
    api.POST('/api/v1/campaigns/{campaignId}/unschedule', { params: { path: { campaignId: id } } }),
  );
