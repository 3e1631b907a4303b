import request from 'supertest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { Role } from '@hoicho/platform';
import { CapturedMessage } from '@hoicho/platform';
import { bearer, createBody, createUser, SignedIn, TestApp } from '../../../support/test-app';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Longer than any test's jest timeout: work slows down on a loaded machine, so the test's own
 * timeout is the clock, and this only names what was awaited if a test ever outlasts it.
 */
const NO_DEADLINE_MS = 30 * 60_000;

/** Polls `check` until it returns something truthy. */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T> | T,
  everyMs = 100,
): Promise<Exclude<NonNullable<T>, false | '' | 0>> {
  const timeoutMs = NO_DEADLINE_MS;
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last) return last as Exclude<NonNullable<T>, false | '' | 0>;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`,
      );
    }
    await sleep(everyMs);
  }
}

/** A fair a year ahead, so answers and tickets are open; three days in Hà Nội. */
export const fairBody = (overrides: Record<string, unknown> = {}) => ({
  nameVi: 'Hội chợ Làng nghề Hà Nội 2027',
  nameEn: 'Hanoi Craft Village Fair 2027',
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
  days: [
    { date: '2027-10-10', opens: '08:00', closes: '21:00' },
    { date: '2027-10-11', opens: '08:00', closes: '21:00' },
    { date: '2027-10-12', opens: '08:00', closes: '17:00' },
  ],
  applicationsOpenAt: '2027-08-01T08:00',
  applicationsCloseAt: '2027-09-15T17:00',
  withdrawalDeadline: '2027-09-20T17:00',
  ...overrides,
});

export interface Body {
  id: string;
  organiser: SignedIn;
  gate: SignedIn;
  fairId: string;
}

/**
 * A fair announced to the public (status open: the public registration form takes sign-ups),
 * or left a draft. Opening needs a zone and a booth type, added as an organiser would.
 */
export async function createFair(
  t: TestApp,
  token: string,
  bodyId: string,
  overrides = {},
  status: 'open' | 'draft' = 'open',
) {
  const response = await request(t.http)
    .post(`/api/v1/organising-bodies/${bodyId}/fairs`)
    .set(bearer(token))
    .send(fairBody(overrides))
    .expect(201);
  const id = response.body.id as string;
  if (status === 'open') {
    const post = (path: string, body: object) =>
      request(t.http).post(`/api/v1/fairs/${id}/${path}`).set(bearer(token)).send(body);
    await post('zones', { code: 'may-tre-dan', nameVi: 'Mây tre đan', hall: 'Nhà A' }).expect(201);
    await post('booth-types', {
      code: 'tieu-chuan',
      nameVi: 'Gian tiêu chuẩn 3×3',
      widthM: 3,
      depthM: 3,
      price: '12000000',
    }).expect(201);
    await post('status', { to: 'open' }).expect(200);
  }
  return id;
}

/** An organising body with an organiser, a gate staff member and one open fair. */
export async function setUpBody(t: TestApp): Promise<Body> {
  const id = await createBody(t);
  const organiser = await createUser(t, Role.Organiser, { organisingBodyId: id });
  const gate = await createUser(t, Role.GateStaff, { organisingBodyId: id });
  const fairId = await createFair(t, organiser.token, id);
  return { id, organiser, gate, fairId };
}

export interface ImportView {
  id: string;
  status: string;
  counts: { created: number; merged: number; rejected: number };
  progress: { rowsRead: number; percent: number };
  failure: string | null;
  preview: { line: number; visitor?: Record<string, unknown>; errors?: unknown[] }[];
}

/** Uploads a CSV (raw body) and starts the import; resolves once it has finished. */
export async function importFile(
  t: TestApp,
  token: string,
  bodyId: string,
  file: string | Buffer,
  type = 'text/csv',
): Promise<{ upload: ImportView; done: ImportView }> {
  const upload = await request(t.http)
    .post(`/api/v1/organising-bodies/${bodyId}/visitor-imports`)
    .set(bearer(token))
    .set('Content-Type', type)
    .send(typeof file === 'string' ? Buffer.from(file, 'utf8') : file)
    .expect(201);
  await request(t.http)
    .post(`/api/v1/visitor-imports/${upload.body.id}/start`)
    .set(bearer(token))
    .expect(202);
  const done = await waitUntil('the import to finish', async () => {
    const view = await request(t.http)
      .get(`/api/v1/visitor-imports/${upload.body.id}`)
      .set(bearer(token))
      .expect(200);
    return ['completed', 'failed'].includes(view.body.status) && (view.body as ImportView);
  });
  return { upload: upload.body, done };
}

export async function addVisitor(
  t: TestApp,
  token: string,
  bodyId: string,
  visitor: Record<string, unknown>,
): Promise<string> {
  const response = await request(t.http)
    .post(`/api/v1/organising-bodies/${bodyId}/visitors`)
    .set(bearer(token))
    .send(visitor)
    .expect(201);
  return response.body.id;
}

export async function createCampaign(
  t: TestApp,
  token: string,
  bodyId: string,
  body: Record<string, unknown>,
): Promise<string> {
  const response = await request(t.http)
    .post(`/api/v1/organising-bodies/${bodyId}/campaigns`)
    .set(bearer(token))
    .send(body)
    .expect(201);
  return response.body.id;
}

/** Sends now and waits until every invitation is recorded (the fan-out finished). */
export async function sendCampaign(t: TestApp, token: string, campaignId: string) {
  await request(t.http)
    .post(`/api/v1/campaigns/${campaignId}/send`)
    .set(bearer(token))
    .send({})
    .expect(202);
  return waitUntil('the campaign fan-out', async () => {
    const view = await request(t.http)
      .get(`/api/v1/campaigns/${campaignId}`)
      .set(bearer(token))
      .expect(200);
    return view.body.status === 'sent' && view.body;
  });
}

/** Messages received for `address` so far. */
export const received = (t: TestApp, address: string) =>
  t.mailbox.list({ to: address.toLowerCase() });

/** Waits until `address` has received `count` messages matching `filter`. */
export async function mailsTo(
  t: TestApp,
  address: string,
  count: number,
  filter: (m: CapturedMessage) => boolean = () => true,
): Promise<CapturedMessage[]> {
  await t.mailbox.waitFor(
    (all) =>
      all.filter((m) => m.envelopeTo.includes(address.toLowerCase()) && filter(m)).length >= count,
    NO_DEADLINE_MS,
  );
  return received(t, address).filter(filter);
}

/** The personal link in an invitation (text part). */
export function rsvpLink(message: CapturedMessage): { url: string; token: string } {
  const match = /https:\/\/hoicho\.test\/invitations\/([A-Za-z0-9_-]{43})/.exec(message.text);
  if (!match) throw new Error(`no invitation link in: ${message.text}`);
  return { url: match[0], token: match[1] };
}

/** Decodes the inline QR PNG of a message. */
export function qrOf(message: CapturedMessage): string | undefined {
  const png = message.attachments.find((a) => a.contentType === 'image/png');
  if (!png) return undefined;
  const image = PNG.sync.read(png.content);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return code?.data;
}

export const answer = (t: TestApp, token: string, body: Record<string, unknown>) =>
  request(t.http).post(`/api/v1/invitations/${token}/answer`).send(body);
