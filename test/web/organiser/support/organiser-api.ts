import type { APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, expect, signUpProducer } from '../../support/fixtures';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const dateIn = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Calls to the API as one user, with a bearer token (as an API client would). */
export interface ApiAs {
  get: (path: string) => Promise<unknown>;
  post: (path: string, data?: object) => Promise<unknown>;
}

export async function apiAs(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<ApiAs> {
  const login = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  const headers = { Authorization: `Bearer ${(await login.json()).token}` };
  const check = async (answer: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(answer.ok(), `${answer.url()}: ${await answer.text()}`).toBe(true);
    return answer.status() === 204 ? null : answer.json();
  };
  return {
    get: async (path) => check(await request.get(path, { headers })),
    post: async (path, data) => check(await request.post(path, { headers, data: data ?? {} })),
  };
}

export const uniqueFairName = (what: string) => `${what} ${randomUUID().slice(0, 6)}`;

/** A fair body as the API takes it: applications open now, the fair in 40 days. */
export const fairBody = (nameVi: string) => ({
  nameVi,
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
  days: [
    { date: dateIn(40), opens: '08:00', closes: '21:00' },
    { date: dateIn(41), opens: '08:00', closes: '17:00' },
  ],
  applicationsOpenAt: at(-2),
  applicationsCloseAt: at(30),
});

export const ZONES = [
  { code: 'may-tre-dan', nameVi: 'Mây tre đan', nameEn: 'Rattan and bamboo' },
  { code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Ceramics' },
];

/** What a fair needs before it may open: zones and a booth type, and booths for later. */
export async function furnish(organiser: ApiAs, fairId: string): Promise<void> {
  for (const zone of ZONES) await organiser.post(`/api/v1/fairs/${fairId}/zones`, zone);
  await organiser.post(`/api/v1/fairs/${fairId}/booth-types`, {
    code: 'tieu-chuan',
    nameVi: 'Gian tiêu chuẩn 3×3',
    widthM: 3,
    depthM: 3,
    price: '12000000',
  });
  for (const [i, zone] of ZONES.entries()) {
    await organiser.post(`/api/v1/fairs/${fairId}/plan/grid`, {
      zone: zone.code,
      type: 'tieu-chuan',
      prefix: `${'AB'[i]}-`,
      rows: 2,
      columns: 5,
      origin: { x: 0, y: i * 12 },
    });
  }
}

export interface Applicant {
  name: string;
  email: string;
  applicationId: string;
}

export interface OpenFairWithApplicants {
  fairId: string;
  name: string;
  programmeId: string;
  applicants: Applicant[];
}

/**
 * The demo organiser's open fair with a support programme, and producers who signed up and
 * applied through the API as they would from their phones (each wishing the zones given).
 */
export async function openFairWithApplicants(
  request: APIRequestContext,
  what: string,
  producers: { name: string; zones: string[]; programme?: boolean }[],
): Promise<OpenFairWithApplicants> {
  const organiser = await apiAs(request, DEMO.organiser, DEMO_PASSWORD);
  const me = (await organiser.get('/api/v1/auth/me')) as { organisingBodyId: string };
  const name = uniqueFairName(what);
  const fair = (await organiser.post(
    `/api/v1/organising-bodies/${me.organisingBodyId}/fairs`,
    fairBody(name),
  )) as { id: string };
  await furnish(organiser, fair.id);
  const programme = (await organiser.post(`/api/v1/fairs/${fair.id}/support-programmes`, {
    nameVi: `Hỗ trợ khuyến công ${name}`,
    ratePercent: 50,
    totalBudget: '100000000',
  })) as { id: string };
  await organiser.post(`/api/v1/fairs/${fair.id}/status`, { to: 'open' });
  // Each producer signs up (and confirms its email) and applies on its own, side by side.
  const applicants = await Promise.all(
    producers.map(async (producer): Promise<Applicant> => {
      const account = await signUpProducer(request, producer.name);
      const member = await apiAs(request, account.email, account.password);
      const draft = (await member.post(`/api/v1/fairs/${fair.id}/applications`, {
        boothsWanted: 1,
        boothTypes: ['tieu-chuan'],
        zones: producer.zones,
        wantsCorner: false,
        needs: { power: true, water: false },
        ...(producer.programme ? { supportProgrammeId: programme.id } : {}),
      })) as { id: string };
      await member.post(`/api/v1/applications/${draft.id}/submit`);
      return { name: producer.name, email: account.email, applicationId: draft.id };
    }),
  );
  return { fairId: fair.id, name, programmeId: programme.id, applicants };
}
