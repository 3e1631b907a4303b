import { type APIRequestContext, type APIResponse, type Page, request } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, expect, type NewProducer, signUpProducer } from './fixtures';
import { productPhotoPng } from './png';

/*
 * What the producer's inbox and samples stories start from, arranged through the api as people
 * would: the demo organiser makes a fair of its own (never the shared demo fair), publishes it,
 * sets up a showcase and invites the producer's products; the producer publishes its profile
 * and products and accepts. A product with an accepted sample is in the fair's public catalogue.
 */

/** An api client signed in with a bearer token (no cookie, so no Origin check). */
export async function apiAs(email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const baseURL = process.env.WEB_BASE_URL!;
  const anonymous = await request.newContext({ baseURL });
  const login = await anonymous.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  const { token } = (await login.json()) as { token: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
}

/** The JSON of an answer that must have the status given. */
export async function ok<T = Record<string, unknown>>(
  answer: Promise<APIResponse>,
  status = 200,
): Promise<T> {
  const response = await answer;
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

const DAY = 24 * 60 * 60 * 1000;
/** A Hà Nội calendar day `days` from now. */
const hanoiDay = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

export interface PublishedFair {
  fairId: string;
  days: [string, string];
}

/** A two-day fair of the demo organiser's body, moved on to published (its catalogue is public). */
export async function publishedFair(organiser: APIRequestContext): Promise<PublishedFair> {
  const me = await ok<{ organisingBodyId: string }>(organiser.get('/api/v1/auth/me'));
  const days: [string, string] = [hanoiDay(30), hanoiDay(31)];
  const fair = await ok<{ id: string }>(
    organiser.post(`/api/v1/organising-bodies/${me.organisingBodyId}/fairs`, {
      data: {
        nameVi: `Hội chợ Mây tre đan ${randomUUID().slice(0, 4)}`,
        nameEn: 'Rattan and Bamboo Fair',
        venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
        venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
        days: days.map((date) => ({ date, opens: '08:00', closes: '21:00' })),
        applicationsOpenAt: `${hanoiDay(-1)}T08:00`,
        applicationsCloseAt: `${hanoiDay(20)}T17:00`,
      },
    }),
    201,
  );
  const at = (path: string) => `/api/v1/fairs/${fair.id}${path}`;
  await ok(organiser.post(at('/zones'), { data: { code: 'may-tre', nameVi: 'Mây tre' } }), 201);
  await ok(
    organiser.post(at('/booth-types'), {
      data: { code: 'tieu-chuan', nameVi: 'Tiêu chuẩn', widthM: 3, depthM: 3, price: '12000000' },
    }),
    201,
  );
  await ok(
    organiser.post(at('/plan/grid'), {
      data: {
        zone: 'may-tre',
        type: 'tieu-chuan',
        prefix: 'A-',
        rows: 1,
        columns: 2,
        origin: { x: 0, y: 0 },
      },
    }),
    201,
  );
  for (const to of ['open', 'allocating', 'published'])
    await ok(organiser.post(at('/status'), { data: { to } }));
  return { fairId: fair.id, days };
}

export interface Exhibitor extends NewProducer {
  api: APIRequestContext;
}

/** A new producer (verified account) whose profile is public. */
export async function publishedProducer(
  anonymous: APIRequestContext,
  name = 'HTX Mây tre đan Thử Nghiệm',
): Promise<Exhibitor> {
  const producer = await signUpProducer(anonymous, name);
  const api = await apiAs(producer.email, producer.password);
  await ok(api.patch(`/api/v1/producers/${producer.producerId}`, { data: { published: true } }));
  return { ...producer, api };
}

/** A published product lent as a sample, with a photo. */
export async function product(
  producer: Exhibitor,
  nameVi: string,
  nameEn: string,
): Promise<string> {
  const created = await ok<{ id: string }>(
    producer.api.post(`/api/v1/producers/${producer.producerId}/products`, {
      data: { nameVi, nameEn, category: 'Mây tre đan', sampleAvailable: true, published: true },
    }),
    201,
  );
  await ok(
    producer.api.post(`/api/v1/producers/${producer.producerId}/products/${created.id}/photos`, {
      multipart: {
        photo: { name: 'photo.png', mimeType: 'image/png', buffer: productPhotoPng() },
      },
    }),
    201,
  );
  return created.id;
}

export interface Showcase {
  fairId: string;
  showcaseId: string;
  /** POSTs a custody step of a sample (as the organisers record it). */
  step(sampleId: string, body: Record<string, string>): Promise<void>;
  /** The organisers invite a product into the showcase (an open entry). */
  invite(producer: Exhibitor, productId: string): Promise<string>;
  /** Invites a product; the producer accepts: a sample `requested`, with its label. */
  sample(producer: Exhibitor, productId: string): Promise<string>;
}

export async function showcase(
  organiser: APIRequestContext,
  fair: PublishedFair,
  titleVi = 'Tinh hoa mây tre đan',
): Promise<Showcase> {
  const base = `/api/v1/fairs/${fair.fairId}/showcases`;
  const created = await ok<{ id: string }>(
    organiser.post(base, {
      data: {
        titleVi,
        titleEn: 'The art of rattan',
        location: 'Sảnh chính, Nhà A',
        startsOn: fair.days[0],
        endsOn: fair.days[1],
      },
    }),
    201,
  );
  const samples = `${base}/${created.id}/samples`;
  const invite = async (producer: Exhibitor, productId: string) => {
    const invited = await ok<{ id: string }>(
      organiser.post(`${base}/${created.id}/invitations`, {
        data: { producerId: producer.producerId, productId, quantity: 2, declaredValue: '2500000' },
      }),
      201,
    );
    return invited.id;
  };
  return {
    fairId: fair.fairId,
    showcaseId: created.id,
    step: async (sampleId, body) => {
      await ok(organiser.post(`${samples}/${sampleId}/custody`, { data: body }));
    },
    invite,
    sample: async (producer, productId) => {
      const id = await invite(producer, productId);
      await ok(producer.api.post(`${samples}/${id}/accept`, { data: {} }));
      return id;
    },
  };
}

export const organiserApi = () => apiAs(DEMO.organiser);

/**
 * The public inquiry form refuses a form sent sooner than a person could type it (3 s after
 * it was served, by the token's own issue time): the buyer's page waits for that, as a person
 * reading the page would, instead of a guessed pause.
 */
export async function formOldEnough(page: Page): Promise<void> {
  const token = await page.locator('input[name="token"]').inputValue();
  const issuedAt = Number(token.split('.')[0]);
  await expect
    .poll(() => Math.floor(Date.now() / 1000) - issuedAt, {
      message: 'the form is as old as the rule asks',
    })
    .toBeGreaterThan(3);
}

export interface MailHeaders {
  headers: Record<string, string>;
}
