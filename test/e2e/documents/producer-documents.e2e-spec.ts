import { rmSync } from 'node:fs';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  application,
  as,
  createOpenFair,
  createProducerMember,
  dateIn,
  OpenFair,
} from '../applications/support/applications';
import { JPEG, png, tempStorageDir } from '../exhibitors/support/exhibitors';
import {
  bearer,
  createBody,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
/** Waits for the message to `email` with this subject (others, like receipts, come too). */
async function mailAbout(t: TestApp, email: string, subject: string) {
  const address = email.toLowerCase();
  const found = <M extends { envelopeTo: string[]; subject: string }>(messages: M[]) =>
    messages.find((m) => m.envelopeTo.includes(address) && m.subject === subject);
  return found(await t.mailbox.waitFor((messages) => found(messages) !== undefined))!;
}

const fieldsOf = (r: request.Response): string[] =>
  r.body.fields.map((f: { field: string }) => f.field);

describe('producer documents: upload, check, refusal, and a fair that requires them', () => {
  let t: TestApp;
  let storageDir: string;
  let bodyId: string;
  let organiser: SignedIn;
  let producer: SignedIn & { producerId: string };
  let fair: OpenFair;
  const docs = (producerId = producer.producerId) => `/api/v1/producers/${producerId}/documents`;
  const upload = (
    file: Buffer,
    fields: Record<string, string>,
    filename = 'giay-dang-ky.pdf',
    lang = 'vi',
  ) => {
    const call = request(t.http)
      .post(docs())
      .set(bearer(producer.token))
      .set('Accept-Language', lang);
    for (const [name, value] of Object.entries(fields)) call.field(name, value);
    return call.attach('file', file, { filename, contentType: 'application/pdf' });
  };

  beforeAll(async () => {
    storageDir = tempStorageDir();
    t = await createTestApp({ STORAGE_DIR: storageDir });
    bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    producer = await createProducerMember(t, 'HTX Mây tre đan Phú Vinh');
    fair = await createOpenFair(t, organiser, bodyId);
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('stores a PDF, a JPEG and a PNG checked by content, and gives the file back', async () => {
    const pdf = await upload(PDF, {
      kind: 'business_registration',
      issuedOn: '2019-03-12',
    }).expect(201);
    expect(pdf.body).toMatchObject({
      kind: 'business_registration',
      contentType: 'application/pdf',
      status: 'pending',
      expiresOn: null,
      validity: 'valid',
      fileName: 'giay-dang-ky.pdf',
    });
    const file = await as(t, producer).get(pdf.body.url).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.body, PDF)).toBe(0);
    // A JPEG sent with a PDF's name and type is stored as what it is.
    const jpeg = await upload(
      JPEG,
      { kind: 'food_safety', issuedOn: '2025-01-02', expiresOn: dateIn(10) },
      'scan.pdf',
    ).expect(201);
    expect(jpeg.body).toMatchObject({ contentType: 'image/jpeg', validity: 'expiring_soon' });
    const photo = await upload(
      png(),
      { kind: 'other', title: 'Giấy xác nhận nguồn gốc mây', issuedOn: '2025-05-05' },
      'nguon-goc.png',
    ).expect(201);
    expect(photo.body.contentType).toBe('image/png');
  });

  it('refuses a text file named .pdf, naming the file field in the caller’s language', async () => {
    const text = Buffer.from('Giấy chứng nhận đăng ký hộ kinh doanh', 'utf8');
    const vi = await upload(text, { kind: 'business_registration', issuedOn: '2020-01-01' }).expect(
      400,
    );
    expect(fieldsOf(vi)).toEqual(['file']);
    expect(vi.body.message).toContain('tệp');
    expect(vi.body.fields[0].message).toBe(
      'tệp phải là PDF, JPEG hoặc PNG (kiểm tra theo nội dung, không theo tên tệp)',
    );
    const en = await upload(
      text,
      { kind: 'business_registration', issuedOn: '2020-01-01' },
      'a.pdf',
      'en',
    ).expect(400);
    expect(en.body.fields[0].message).toMatch(/PDF, JPEG or PNG/);
  });

  it('refuses an expiry before the issue, an unknown kind, no file, and an 11 MB file', async () => {
    const order = await upload(PDF, {
      kind: 'ocop_certificate',
      issuedOn: '2025-06-01',
      expiresOn: '2025-05-31',
    }).expect(400);
    expect(fieldsOf(order)).toEqual(['expiresOn']);
    expect(order.body.message).toContain('ngày hết hạn');
    const kind = await upload(PDF, { kind: 'passport', issuedOn: '2025-06-01' }).expect(400);
    expect(fieldsOf(kind)).toEqual(['kind']);
    const none = await request(t.http)
      .post(docs())
      .set(bearer(producer.token))
      .field('kind', 'ocop_certificate')
      .field('issuedOn', '2025-06-01')
      .expect(400);
    expect(fieldsOf(none)).toEqual(['file']);
    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
    const large = await upload(big, { kind: 'ocop_certificate', issuedOn: '2025-06-01' }).expect(
      400,
    );
    expect(fieldsOf(large)).toEqual(['file']);
    expect(large.body.code).toBe('document_too_large');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM producer_documents WHERE kind = 'ocop_certificate'`,
    );
    expect(n).toBe(0);
  });

  it('keeps one current document per kind: a new upload replaces the earlier one', async () => {
    await upload(PDF, { kind: 'business_registration', issuedOn: '2023-08-01' }).expect(201);
    const list = await as(t, producer).get(docs()).expect(200);
    const registrations = list.body.filter(
      (d: { kind: string }) => d.kind === 'business_registration',
    );
    expect(registrations).toHaveLength(1);
    expect(registrations[0].issuedOn).toBe('2023-08-01');
    // The database itself refuses a second current one of a kind.
    await expect(
      t.dataSource.query(
        `INSERT INTO producer_documents (producer_id, kind, storage_key, content_type, size_bytes,
           file_name, issued_on)
         VALUES ($1, 'business_registration', 'x', 'application/pdf', 1, 'x.pdf', '2024-01-01')`,
        [producer.producerId],
      ),
    ).rejects.toThrow(/producer_documents_one_current_per_kind/);
    await expect(
      t.dataSource.query(
        `INSERT INTO producer_documents (producer_id, kind, storage_key, content_type, size_bytes,
           file_name, issued_on, expires_on)
         VALUES ($1, 'food_safety', 'y', 'application/pdf', 1, 'y.pdf', '2024-01-01', '2023-01-01')`,
        [producer.producerId],
      ),
    ).rejects.toThrow(/producer_documents_expiry_after_issue/);
  });

  it('blocks submitting to a fair that requires documents until valid ones are uploaded', async () => {
    const first = dateIn(40);
    await as(t, organiser)
      .patch(`/api/v1/fairs/${fair.id}`, {
        requiredDocumentKinds: ['business_registration', 'ocop_certificate'],
      })
      .expect(200);
    const api = as(t, producer);
    const form = await api.get(`/api/v1/fairs/${fair.id}/application-form`).expect(200);
    expect(form.body.documentsValidOn).toBe(first);
    expect(form.body.requiredDocuments).toEqual([
      expect.objectContaining({ kind: 'business_registration', missing: false }),
      expect.objectContaining({ kind: 'ocop_certificate', missing: true }),
    ]);
    const draft = await api
      .post(`/api/v1/fairs/${fair.id}/applications`, application())
      .expect(201);
    const submit = () =>
      request(t.http)
        .post(`/api/v1/applications/${draft.body.id}/submit`)
        .set(bearer(producer.token));
    const vi = await submit().set('Accept-Language', 'vi').expect(422);
    expect(vi.body.code).toBe('documents_missing');
    expect(vi.body.message).toBe(
      'Còn thiếu giấy tờ bắt buộc còn hiệu lực đến ngày khai mạc: Giấy chứng nhận OCOP',
    );
    expect(fieldsOf(vi)).toEqual(['documents.ocop_certificate']);
    // An OCOP certificate that expires the day before the fair opens does not count.
    const dayBefore = dateIn(39);
    await upload(PDF, { kind: 'ocop_certificate', issuedOn: '2024-01-01', expiresOn: dayBefore });
    const en = await submit().set('Accept-Language', 'en').expect(422);
    expect(en.body.message).toBe(
      `Required documents valid on ${first} are missing: OCOP certificate`,
    );
    const [{ status }] = await t.dataSource.query('SELECT status FROM applications WHERE id = $1', [
      draft.body.id,
    ]);
    expect(status).toBe('draft');
    await upload(PDF, { kind: 'ocop_certificate', issuedOn: '2024-01-01', expiresOn: first });
    await submit().expect(200);
  });

  it('shows documents to the body’s organisers once the producer applied, and not before', async () => {
    const stranger = await createProducerMember(t, 'Hộ kinh doanh Gốm Bát Tràng');
    await as(t, organiser).get(docs(stranger.producerId)).expect(404);
    const list = await as(t, organiser).get(docs()).expect(200);
    expect(list.body.map((d: { kind: string }) => d.kind)).toEqual(
      expect.arrayContaining(['business_registration', 'ocop_certificate']),
    );
    const other = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    await as(t, other).get(docs()).expect(404);
    await as(t, producer)
      .post(`${docs()}/${list.body[0].id}/review`, { status: 'checked' })
      .expect(403);
  });

  it('marks a document checked, refuses one with a reason, and mails the producer each time', async () => {
    const list = (await as(t, organiser).get(docs()).expect(200)).body as {
      id: string;
      kind: string;
    }[];
    const registration = list.find((d) => d.kind === 'business_registration')!;
    const ocop = list.find((d) => d.kind === 'ocop_certificate')!;
    const checked = await as(t, organiser)
      .post(`${docs()}/${registration.id}/review`, { status: 'checked' })
      .expect(200);
    expect(checked.body).toMatchObject({ status: 'checked', refusalReason: null });
    await mailAbout(
      t,
      producer.email,
      'Giấy tờ đã được kiểm tra: Giấy chứng nhận đăng ký kinh doanh',
    );
    const noReason = await as(t, organiser)
      .post(`${docs()}/${ocop.id}/review`, { status: 'refused' })
      .expect(400);
    expect([...new Set(fieldsOf(noReason))]).toEqual(['reason']);
    const reason = 'Ảnh chụp mờ, không đọc được số giấy chứng nhận';
    const refused = await as(t, organiser)
      .post(`${docs()}/${ocop.id}/review`, { status: 'refused', reason })
      .expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', refusalReason: reason });
    const refusedMail = await mailAbout(
      t,
      producer.email,
      'Giấy tờ bị từ chối: Giấy chứng nhận OCOP',
    );
    expect(refusedMail.text).toContain(reason);
    expect(refusedMail.text).toContain('/producer/documents');
    // A reviewed document is replaced, not deleted.
    await request(t.http).delete(`${docs()}/${ocop.id}`).set(bearer(producer.token)).expect(409);
  });
});
