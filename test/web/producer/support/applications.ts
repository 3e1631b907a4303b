import { type APIRequestContext, type APIResponse, expect, request } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../../support/fixtures';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** A Hà Nội calendar date `days` from now. */
const dateIn = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

export const STANDARD_PRICE = 12_000_000;

/** The app's own origin: state-changing calls with a session cookie must carry it. */
export const appOrigin = () => ({ Origin: new URL(process.env.WEB_BASE_URL!).origin });

/** The body of a 2xx answer, or a failure naming what the API said. */
export async function ok<T = Record<string, unknown>>(answer: APIResponse): Promise<T> {
  expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBeLessThan(300);
  return (answer.status() === 204 ? undefined : await answer.json()) as T;
}

export interface Organiser {
  api: APIRequestContext;
  bodyId: string;
}

/** The demo organiser, signed in on an API context of its own (a browser session cookie). */
export async function demoOrganiser(): Promise<Organiser> {
  const api = await signedInApi(DEMO.organiser, DEMO_PASSWORD);
  const me = await ok<{ user: { organisingBodyId: string } }>(
    await api.get('/api/v1/auth/browser-session'),
  );
  return { api, bodyId: me.user.organisingBodyId };
}

/** Any account signed in on an API context of its own. */
export async function signedInApi(email: string, password: string): Promise<APIRequestContext> {
  const api = await request.newContext({
    baseURL: process.env.WEB_BASE_URL,
    extraHTTPHeaders: appOrigin(),
  });
  await ok(await api.post('/api/v1/auth/browser-session', { data: { email, password } }));
  return api;
}

export interface TestFair {
  id: string;
  name: string;
  programmeId: string;
}

/**
 * A fair of the demo organiser's body taking applications now, made through the API as an
 * organiser would: one zone (Mây tre đan) with one row of `booths` standard booths A-01…,
 * a 50% support programme open to anyone, then open.
 */
export async function openFair(
  org: Organiser,
  booths = 4,
  title = 'Hội chợ thử',
): Promise<TestFair> {
  const name = `${title} ${Math.random().toString(36).slice(2, 7)}`;
  const fair = await ok<{ id: string }>(
    await org.api.post(`/api/v1/organising-bodies/${org.bodyId}/fairs`, {
      data: {
        nameVi: name,
        venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
        venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
        days: [40, 41].map((d) => ({ date: dateIn(d), opens: '08:00', closes: '21:00' })),
        applicationsOpenAt: at(-2),
        applicationsCloseAt: at(30),
        withdrawalDeadline: at(35),
      },
    }),
  );
  const post = (path: string, data: object) =>
    org.api.post(`/api/v1/fairs/${fair.id}${path}`, { data });
  await ok(
    await post('/zones', {
      code: 'may-tre-dan',
      nameVi: 'Mây tre đan',
      nameEn: 'Rattan and bamboo',
    }),
  );
  await ok(
    await post('/booth-types', {
      code: 'tieu-chuan',
      nameVi: 'Gian tiêu chuẩn 3×3',
      nameEn: 'Standard booth 3×3',
      widthM: 3,
      depthM: 3,
      price: String(STANDARD_PRICE),
    }),
  );
  await ok(
    await post('/plan/grid', {
      zone: 'may-tre-dan',
      type: 'tieu-chuan',
      prefix: 'A-',
      rows: 1,
      columns: booths,
      origin: { x: 0, y: 0 },
    }),
  );
  const programme = await ok<{ id: string }>(
    await post('/support-programmes', {
      nameVi: 'Hỗ trợ khuyến công',
      ratePercent: 50,
      maxBoothsPerProducer: 2,
      totalBudget: '500000000',
      requireRecognisedCraftVillage: false,
      minOcopStars: null,
      allowedLegalForms: [],
    }),
  );
  await ok(await post('/status', { to: 'open' }));
  return { id: fair.id, name, programmeId: programme.id };
}

/** A producer applies and submits through the API (its own signed-in context); the id. */
export async function applyAndSubmit(
  producer: APIRequestContext,
  fairId: string,
  boothsWanted = 1,
): Promise<string> {
  const draft = await ok<{ id: string }>(
    await producer.post(`/api/v1/fairs/${fairId}/applications`, {
      data: { boothsWanted, boothTypes: ['tieu-chuan'], zones: ['may-tre-dan'] },
      headers: appOrigin(),
    }),
  );
  await ok(
    await producer.post(`/api/v1/applications/${draft.id}/submit`, { headers: appOrigin() }),
  );
  return draft.id;
}

/**
 * The organiser approves the applications (priority in the order given, highest first),
 * releases the letters, allocates the booths and publishes them.
 */
export async function approveAllocateAndPublish(
  org: Organiser,
  fairId: string,
  applicationIds: string[],
): Promise<void> {
  const base = `/api/v1/fairs/${fairId}`;
  for (const [i, id] of applicationIds.entries()) {
    await ok(
      await org.api.put(`${base}/applications/${id}/priority`, {
        data: { priority: 5 - i, reason: 'Thứ tự ưu tiên của bài kiểm thử' },
      }),
    );
  }
  await ok(
    await org.api.post(`${base}/applications/decisions`, {
      data: { decision: 'approved', applicationIds },
    }),
  );
  await ok(await org.api.post(`${base}/applications/decisions/release`, { data: {} }));
  await ok(await org.api.post(`${base}/status`, { data: { to: 'allocating' } }));
  const run = await ok<{ id: string }>(await org.api.post(`${base}/allocation/runs`, { data: {} }));
  await expect
    .poll(
      async () =>
        (await ok<{ status: string }>(await org.api.get(`${base}/allocation/runs/${run.id}`)))
          .status,
      { timeout: 120_000, message: 'the allocation run to finish' },
    )
    .toBe('done');
  await ok(await org.api.post(`${base}/allocation/runs/${run.id}/publish`));
}

/** A product in the producer's own catalogue; its id. */
export async function addProduct(
  producer: APIRequestContext,
  producerId: string,
  nameVi: string,
): Promise<string> {
  const product = await ok<{ id: string }>(
    await producer.post(`/api/v1/producers/${producerId}/products`, {
      data: { nameVi, category: 'Đèn, chao đèn', materials: ['mây'] },
      headers: appOrigin(),
    }),
  );
  return product.id;
}
