import type { APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, expect } from '../../support/fixtures';
import { apiAs, type ApiAs, openFairWithApplicants } from './organiser-api';

// Every producer would take a booth of either zone, so the list's order alone decides offers.
const ZONES = ['may-tre-dan', 'gom-su'];

/** signUpProducer's password: every producer of the stories signs up with it. */
const PRODUCER_PASSWORD = 'mot cau mat khau de nho 2026';

/** A tag no other story uses, so a story finds its own visitors in the shared demo body. */
export const uniqueTag = (what: string) => `${what}-${randomUUID().slice(0, 6)}`;

export interface Organiser {
  api: ApiAs;
  bodyId: string;
}

export async function organiser(request: APIRequestContext): Promise<Organiser> {
  const api = await apiAs(request, DEMO.organiser, DEMO_PASSWORD);
  const me = (await api.get('/api/v1/auth/me')) as { organisingBodyId: string };
  return { api, bodyId: me.organisingBodyId };
}

export async function addVisitor(
  o: Organiser,
  visitor: { name: string; email: string; tags: string[]; language?: 'vi' | 'en' },
): Promise<string> {
  const made = (await o.api.post(`/api/v1/organising-bodies/${o.bodyId}/visitors`, {
    segment: 'buyer',
    ...visitor,
  })) as { id: string };
  return made.id;
}

/** A campaign sent through the API to the visitors named, for stories that read its mail. */
export async function sentCampaign(
  o: Organiser,
  fairId: string,
  visitorIds: string[],
): Promise<string> {
  const campaign = (await o.api.post(`/api/v1/organising-bodies/${o.bodyId}/campaigns`, {
    fairId,
    name: `Thư mời thử ${randomUUID().slice(0, 6)}`,
    audience: { visitorIds },
  })) as { id: string };
  await o.api.post(`/api/v1/campaigns/${campaign.id}/send`, {});
  return campaign.id;
}

export interface WaitlistFair {
  fairId: string;
  name: string;
  /** Producers in the order the waiting list offers booths. */
  queue: { name: string; email: string; applicationId: string }[];
}

/**
 * A fair whose three applicants were all told they are on the waiting list, moved on to
 * allocating, with one booth offered to the first in line, who declined it (so it passed on).
 */
export async function waitlistWithADecline(request: APIRequestContext): Promise<WaitlistFair> {
  const fair = await openFairWithApplicants(request, 'Hội chợ danh sách chờ', [
    { name: 'HTX Mây tre Phú Vinh', zones: ZONES },
    { name: 'Cơ sở gốm Bát Tràng', zones: ZONES },
    { name: 'Làng nón Chuông', zones: ZONES },
  ]);
  const o = await organiser(request);
  const applicationIds = fair.applicants.map((a) => a.applicationId);
  await o.api.post(`/api/v1/fairs/${fair.fairId}/applications/decisions`, {
    decision: 'waitlisted',
    applicationIds,
  });
  await o.api.post(`/api/v1/fairs/${fair.fairId}/applications/decisions/release`, {
    applicationIds,
  });
  await o.api.post(`/api/v1/fairs/${fair.fairId}/status`, { to: 'allocating' });
  const list = (await o.api.get(`/api/v1/fairs/${fair.fairId}/waitlist`)) as {
    queue: { applicationId: string }[];
  };
  const queue = list.queue.map((q) =>
    fair.applicants.find((a) => a.applicationId === q.applicationId)!,
  );
  const round = (await o.api.post(`/api/v1/fairs/${fair.fairId}/waitlist/offers`, {
    booths: ['A-01'],
    expiresInHours: 24,
  })) as { offers: { id: string; applicationId: string }[] };
  expect(round.offers.map((offer) => offer.applicationId)).toEqual([queue[0].applicationId]);
  const first = await apiAs(request, queue[0].email, PRODUCER_PASSWORD);
  await first.post(`/api/v1/waitlist-offers/${round.offers[0].id}/decline`);
  return { fairId: fair.fairId, name: fair.name, queue };
}
