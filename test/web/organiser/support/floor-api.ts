import type { APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../../support/fixtures';
import { apiAs, fairBody, openFairWithApplicants, uniqueFairName, ZONES } from './organiser-api';

/** A draft fair of the demo organiser with zones and a booth type, and no booth yet. */
export async function fairWithoutBooths(request: APIRequestContext, what: string) {
  const organiser = await apiAs(request, DEMO.organiser, DEMO_PASSWORD);
  const me = (await organiser.get('/api/v1/auth/me')) as { organisingBodyId: string };
  const name = uniqueFairName(what);
  const fair = (await organiser.post(
    `/api/v1/organising-bodies/${me.organisingBodyId}/fairs`,
    fairBody(name),
  )) as { id: string };
  for (const zone of ZONES) await organiser.post(`/api/v1/fairs/${fair.id}/zones`, zone);
  await organiser.post(`/api/v1/fairs/${fair.id}/booth-types`, {
    code: 'tieu-chuan',
    nameVi: 'Gian tiêu chuẩn 3×3',
    widthM: 3,
    depthM: 3,
    price: '12000000',
  });
  return { fairId: fair.id, name };
}

/**
 * An open fair whose producers applied, were approved and told so, then moved to allocating:
 * what the allocation board starts from.
 */
export async function allocatingFair(
  request: APIRequestContext,
  what: string,
  producers: { name: string; zones: string[] }[],
) {
  const fair = await openFairWithApplicants(request, what, producers);
  const organiser = await apiAs(request, DEMO.organiser, DEMO_PASSWORD);
  const ids = fair.applicants.map((a) => a.applicationId);
  const path = `/api/v1/fairs/${fair.fairId}`;
  await organiser.post(`${path}/applications/decisions`, {
    decision: 'approved',
    applicationIds: ids,
  });
  await organiser.post(`${path}/applications/decisions/release`, { applicationIds: ids });
  await organiser.post(`${path}/status`, { to: 'allocating' });
  return { ...fair, organiser };
}
