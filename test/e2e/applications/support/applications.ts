import request from 'supertest';
import { Role } from '@hoicho/platform';
import { bearer, createProducer, createUser, SignedIn, TestApp } from '../../../support/test-app';

export const DAY = 24 * 60 * 60 * 1000;

/** An instant `days` from now, as the fairs API takes it (ISO with Z). */
export const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A Hà Nội calendar date `days` from now. */
export const dateIn = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** A fair whose application window is open now; it opens in 40 days. */
export const openFairBody = (overrides: Record<string, unknown> = {}) => ({
  nameVi: 'Hội chợ làng nghề Hà Nội',
  nameEn: 'Hanoi Craft Village Fair',
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
  days: [
    { date: dateIn(40), opens: '08:00', closes: '21:00' },
    { date: dateIn(41), opens: '08:00', closes: '21:00' },
    { date: dateIn(42), opens: '08:00', closes: '17:00' },
  ],
  applicationsOpenAt: at(-2),
  applicationsCloseAt: at(30),
  withdrawalDeadline: at(35),
  ...overrides,
});

export const ZONES = [
  { code: 'may-tre-dan', nameVi: 'Mây tre đan', nameEn: 'Rattan and bamboo', hall: 'Nhà A' },
  { code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Ceramics', hall: 'Nhà A' },
  { code: 'lua', nameVi: 'Lụa Vạn Phúc', nameEn: 'Silk', hall: 'Nhà B' },
];

export const STANDARD = {
  code: 'tieu-chuan',
  nameVi: 'Gian tiêu chuẩn 3×3',
  nameEn: 'Standard booth 3×3',
  widthM: 3,
  depthM: 3,
  price: '12000000',
};

export const CORNER = {
  code: 'goc',
  nameVi: 'Gian góc',
  nameEn: 'Corner booth',
  widthM: 3,
  depthM: 3,
  price: '15000000',
};

/** Requests signed in as one user. */
export const as = (t: TestApp, who: { token: string }) => ({
  get: (path: string) => request(t.http).get(path).set(bearer(who.token)),
  post: (path: string, body?: object) =>
    request(t.http).post(path).set(bearer(who.token)).send(body),
  patch: (path: string, body: object) =>
    request(t.http).patch(path).set(bearer(who.token)).send(body),
  put: (path: string, body: object) => request(t.http).put(path).set(bearer(who.token)).send(body),
});

export interface OpenFair {
  id: string;
  programmeId: string | null;
}

/**
 * Through the fairs API as an organiser would: a fair, three zones, two booth types, a
 * generated plan of 3 × 10 booths per zone, optionally a support programme, then open.
 */
export async function createOpenFair(
  t: TestApp,
  organiser: SignedIn,
  bodyId: string,
  options: { programme?: Record<string, unknown>; fair?: Record<string, unknown> } = {},
): Promise<OpenFair> {
  const api = as(t, organiser);
  const fair = await api
    .post(`/api/v1/organising-bodies/${bodyId}/fairs`, openFairBody(options.fair))
    .expect(201);
  const id: string = fair.body.id;
  for (const zone of ZONES) await api.post(`/api/v1/fairs/${id}/zones`, zone).expect(201);
  for (const type of [STANDARD, CORNER]) {
    await api.post(`/api/v1/fairs/${id}/booth-types`, type).expect(201);
  }
  for (const [i, zone] of ZONES.entries()) {
    await api
      .post(`/api/v1/fairs/${id}/plan/grid`, {
        zone: zone.code,
        type: 'tieu-chuan',
        prefix: `${'ABC'[i]}-`,
        rows: 3,
        columns: 10,
        origin: { x: 0, y: i * 18 },
      })
      .expect(201);
  }
  let programmeId: string | null = null;
  if (options.programme) {
    const programme = await api
      .post(`/api/v1/fairs/${id}/support-programmes`, options.programme)
      .expect(201);
    programmeId = programme.body.id;
  }
  await api.post(`/api/v1/fairs/${id}/status`, { to: 'open' }).expect(200);
  return { id, programmeId };
}

/** A producer organisation with one member, signed in. */
export async function createProducerMember(
  t: TestApp,
  name = 'HTX Mây tre đan Phú Vinh',
): Promise<SignedIn & { producerId: string }> {
  const producerId = await createProducer(t, name);
  const member = await createUser(t, Role.Producer, { producerId });
  return { ...member, producerId };
}

export const application = (overrides: Record<string, unknown> = {}) => ({
  boothsWanted: 1,
  boothTypes: ['tieu-chuan'],
  zones: ['may-tre-dan', 'gom-su'],
  wantsCorner: false,
  needs: { power: true, water: false },
  ...overrides,
});

/** Applies and submits; returns the application id. */
export async function applyAndSubmit(
  t: TestApp,
  producer: { token: string },
  fairId: string,
  body: Record<string, unknown> = application(),
): Promise<string> {
  const api = as(t, producer);
  const created = await api.post(`/api/v1/fairs/${fairId}/applications`, body).expect(201);
  await api.post(`/api/v1/applications/${created.body.id}/submit`).expect(200);
  return created.body.id;
}

export async function count(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT (${sql})::int AS n`, params);
  return n;
}

/** Messages the capture server holds for an address (it keeps every message). */
export function messagesTo(t: TestApp, email: string) {
  const address = email.toLowerCase();
  return t.mailbox.list().filter((m) => m.envelopeTo.includes(address));
}

/** The acknowledgement every submission gets (template application.received). */
export const RECEIPT = /^(Đã nhận hồ sơ HC-|Application HC-[0-9A-F]{10} received)/;

/** Messages to an address but the acknowledgement of its submission: the letters that follow. */
export function lettersTo(t: TestApp, email: string) {
  return messagesTo(t, email).filter((m) => !RECEIPT.test(m.subject));
}

/**
 * Waits until every recorded mail has left the outbox (sent, failed or suppressed), so that a
 * fingerprint of the tables taken next is not changed by a delivery finishing meanwhile.
 */
export async function outboxSettled(t: TestApp): Promise<void> {
  for (;;) {
    const pending = await count(
      t,
      `SELECT count(*) FROM outbox_messages WHERE status IN ('queued', 'sending', 'retrying')`,
    );
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
