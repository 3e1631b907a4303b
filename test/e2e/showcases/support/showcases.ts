import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import { issueFormToken } from '@hoicho/showcases';
import {
  bearer,
  createBody,
  createProducer,
  createUser,
  SignedIn,
  TestApp,
} from '../../../support/test-app';

/** Requests signed in as one user, or anonymous without a token. */
export const as = (t: TestApp, token?: string) => {
  const auth = <T extends request.Test>(call: T) => (token ? call.set(bearer(token)) : call);
  return {
    get: (path: string) => auth(request(t.http).get(path)),
    post: (path: string, body?: object) => auth(request(t.http).post(path)).send(body),
    patch: (path: string, body: object) => auth(request(t.http).patch(path)).send(body),
    delete: (path: string) => auth(request(t.http).delete(path)),
  };
};

/** The fields an error names, each once, in order. */
export const fieldsOf = (response: request.Response): string[] => [
  ...new Set<string>((response.body.fields ?? []).map((f: { field: string }) => f.field)),
];

export async function villageId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.dataSource.query('SELECT id FROM craft_villages WHERE name = $1', [name]);
  return row.id;
}

export interface ProducerSetup {
  id: string;
  member: SignedIn;
  taxCode: string;
  phone: string;
}

/** The Phú Vinh rattan and bamboo cooperative most custody scenarios start from. */
export const PHU_VINH = {
  nameVi: 'HTX Mây tre đan Phú Vinh',
  nameEn: 'Phu Vinh Rattan Cooperative',
  village: 'Phú Vinh',
  craft: 'may-tre-dan',
  taxCode: '0100233488',
};

/** A published producer with a profile (village, craft, tax code, a contact) and a member. */
export async function createPublishedProducer(
  t: TestApp,
  options: {
    nameVi: string;
    nameEn?: string;
    village: string;
    craft: string;
    locale?: 'vi' | 'en';
    taxCode: string;
    phone?: string;
    published?: boolean;
  },
): Promise<ProducerSetup> {
  const id = await createProducer(t, options.nameVi);
  const phone = options.phone ?? `+8491${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  await t.dataSource.query(
    `UPDATE producers SET legal_name_en = $2, craft_village_id = $3, craft_category = $4,
            legal_form = 'cooperative', tax_code = $5, published = $6,
            province_code = '01', commune_code = '00577', address_detail = 'Xóm 3'
      WHERE id = $1`,
    [
      id,
      options.nameEn ?? null,
      await villageId(t, options.village),
      options.craft,
      options.taxCode,
      options.published ?? true,
    ],
  );
  await t.dataSource.query(
    `INSERT INTO producer_contacts (producer_id, position, name, phone_e164, email)
     VALUES ($1, 0, 'Người liên hệ', $2, $3)`,
    [id, phone, `contact-${randomUUID().slice(0, 6)}@private.example`],
  );
  const member = await createUser(t, Role.Producer, { producerId: id });
  if (options.locale === 'en') {
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [member.id]);
  }
  return { id, member, taxCode: options.taxCode, phone };
}

export interface ProductInput {
  nameVi: string;
  nameEn?: string;
  category: string;
  materials?: string[];
  priceMin?: string;
  priceMax?: string;
  minOrderQuantity?: number;
  ocop?: { stars: number; expiresOn: string };
  sampleAvailable?: boolean;
  published?: boolean;
}

export async function createProduct(
  t: TestApp,
  producer: ProducerSetup,
  input: ProductInput,
): Promise<string> {
  const response = await as(t, producer.member.token)
    .post(`/api/v1/producers/${producer.id}/products`, {
      sampleAvailable: true,
      published: true,
      ...input,
    })
    .expect(201);
  return response.body.id;
}

export interface FairSetup {
  bodyId: string;
  organiser: SignedIn;
  fairId: string;
}

/** A fair of a new body, created through the API and moved to `status` directly. */
export async function createFairAt(
  t: TestApp,
  status: string,
  existing?: { bodyId: string; organiser: SignedIn },
): Promise<FairSetup> {
  const bodyId = existing?.bodyId ?? (await createBody(t));
  const organiser =
    existing?.organiser ?? (await createUser(t, Role.Organiser, { organisingBodyId: bodyId }));
  const response = await as(t, organiser.token)
    .post(`/api/v1/organising-bodies/${bodyId}/fairs`, {
      nameVi: 'Hội chợ làng nghề Hà Nội 2026',
      nameEn: 'Hanoi Craft Village Fair 2026',
      venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
      venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
      days: [
        { date: '2026-10-10', opens: '08:00', closes: '21:00' },
        { date: '2026-10-11', opens: '08:00', closes: '21:00' },
      ],
      applicationsOpenAt: '2026-08-01T08:00',
      applicationsCloseAt: '2026-09-15T17:00',
    })
    .expect(201);
  await setFairStatus(t, response.body.id, status);
  return { bodyId, organiser, fairId: response.body.id };
}

export async function setFairStatus(t: TestApp, fairId: string, status: string): Promise<void> {
  await t.dataSource.query('UPDATE fairs SET status = $2 WHERE id = $1', [fairId, status]);
}

/** An approved application (as the review would leave it), with a fee that must stay private. */
export async function approve(
  t: TestApp,
  fair: FairSetup,
  producerId: string,
  fee = '13579000',
): Promise<void> {
  const reference = `HC-${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
  await t.dataSource.query(
    `INSERT INTO applications (fair_id, producer_id, reference, status, booths_wanted, booth_type_ids,
        producer_name, created_by, submitted_by, submitted_at, decided_at, decision_reason,
        fee, subsidy, amount_due, deposit)
     VALUES ($1, $2, $3, 'approved', 1, ARRAY[gen_random_uuid()], 'x', $4, $4, now(), now(),
        'Ghi chú duyệt nội bộ 7F3K', $5, 0, $5, 0)`,
    [fair.fairId, producerId, reference, fair.organiser.id, fee],
  );
}

/** A form token issued long enough ago to pass the "too fast" check. */
export const formToken = (t: TestApp, ageSeconds = 10) =>
  issueFormToken(t.env.APP_SECRET, new Date(Date.now() - ageSeconds * 1000));

export const TAX_CODES = ['0100233488', '0100109106', '0314409058-002'];

/** Waits for a message to `email` whose subject matches, and returns the newest such. */
export async function mailMatching(t: TestApp, email: string, subject: RegExp, count = 1) {
  const address = email.toLowerCase();
  const match = (m: { envelopeTo: string[]; subject?: string }) =>
    m.envelopeTo.includes(address) && subject.test(m.subject ?? '');
  const all = await t.mailbox.waitFor((messages) => messages.filter(match).length >= count);
  return all.filter(match).at(-1)!;
}

/** supertest leaves image/svg+xml unparsed: collect it as text. */
export const asText = (
  res: request.Response,
  done: (error: Error | null, body: string) => void,
) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (body += chunk));
  stream.on('end', () => done(null, body));
};

/** A sample's custody trail as [step, from, to] moves. */
export const movesOf = (sample: { trail: { step: string; from: string | null; to: string }[] }) =>
  sample.trail.map((e) => [e.step, e.from, e.to]);
