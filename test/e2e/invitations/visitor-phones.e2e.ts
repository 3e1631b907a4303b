import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { addVisitor, Body, mailsTo, setUpBody } from './support/invitations';

/**
 * Issue 20: a phone typed by hand (organiser's visitor form, public self-registration) is
 * checked and stored as E.164 with the import's helper, a bad one is a 400 naming `phone` with
 * nothing written; the migration normalises phones stored before and keeps the unreadable ones.
 */
describe('visitors: phones typed by hand are stored as E.164', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  const visitors = () => `/api/v1/organising-bodies/${body.id}/visitors`;
  const phoneOf = async (email: string) =>
    (await t.dataSource.query('SELECT phone FROM visitors WHERE email = $1', [email]))[0]?.phone;
  const count = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM visitors'))[0].n as number;

  it('normalises on create and update, in the visitor’s country', async () => {
    const id = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Nguyễn Văn An',
      email: 'an.phone@example.vn',
      phone: '0912 345 678',
    });
    expect(await phoneOf('an.phone@example.vn')).toBe('+84912345678');

    const org = (r: request.Test) => r.set(bearer(body.organiser.token));
    const german = await org(
      request(t.http)
        .patch(`/api/v1/visitors/${id}`)
        .send({ country: 'DE', phone: '030 12345678' }),
    ).expect(200);
    expect(german.body.phone).toBe('+493012345678');
    const cleared = await org(
      request(t.http).patch(`/api/v1/visitors/${id}`).send({ phone: null }),
    ).expect(200);
    expect(cleared.body.phone).toBeNull();
  });

  it('refuses a phone that is not one (400 naming phone, in Vietnamese), writing nothing', async () => {
    const before = await count();
    const bad = await request(t.http)
      .post(visitors())
      .set(bearer(body.organiser.token))
      .set('Accept-Language', 'vi')
      .send({ name: 'Lê Châu', email: 'chau.phone@example.vn', phone: '0912abc' })
      .expect(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'phone' })]);
    expect(bad.body.fields[0].message).toContain('không phải số điện thoại hợp lệ');
    expect(await count()).toBe(before);

    const id = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Lê Châu',
      email: 'chau.phone@example.vn',
    });
    const update = await request(t.http)
      .patch(`/api/v1/visitors/${id}`)
      .set(bearer(body.organiser.token))
      .send({ name: 'Lê Minh Châu', phone: '0712 345 678' })
      .expect(400);
    expect(update.body.fields).toEqual([expect.objectContaining({ field: 'phone' })]);
    const [row] = await t.dataSource.query('SELECT name, phone FROM visitors WHERE id = $1', [id]);
    expect(row).toEqual({ name: 'Lê Châu', phone: null });
  });

  it('self-registration stores E.164, refuses a bad phone on the API and the HTML form', async () => {
    const register = (payload: object) =>
      request(t.http).post(`/api/v1/public/fairs/${body.fairId}/registrations`).send(payload);
    await register({
      name: 'Phạm Quốc Bảo',
      email: 'bao.phone@example.vn',
      phone: '+84 912 345 679',
    }).expect(202);
    const [mail] = await mailsTo(t, 'bao.phone@example.vn', 1);
    expect(mail.subject).toContain('Vé tham dự');
    expect(await phoneOf('bao.phone@example.vn')).toBe('+84912345679');

    const bad = await register({ name: 'Đỗ Dũng', email: 'dung.phone@example.vn', phone: '123' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'phone' })]);
    const form = await request(t.http)
      .post(`/fairs/${body.fairId}/registrations`)
      .type('form')
      .send({ lang: 'vi', name: 'Đỗ Dũng', email: 'dung.phone@example.vn', phone: '0912abc' })
      .expect(400);
    expect(form.text).toContain('aria-describedby="phone-error"');
    expect(await phoneOf('dung.phone@example.vn')).toBeUndefined();
  });

  it('the migration normalises stored phones, keeps unreadable ones, survives duplicates', async () => {
    const insert = (email: string, phone: string, country: string | null) =>
      t.dataSource.query(
        `INSERT INTO visitors (organising_body_id, email, name, phone, country, source)
         VALUES ($1, $2, 'Khách cũ', $3, $4, 'manual')`,
        [body.id, email, phone, country],
      );
    await insert('old1@example.vn', '0912 000 111', null);
    await insert('old2@example.vn', '+84912000111', 'VN'); // the same number, already E.164
    await insert('old3@example.vn', '030 12345678', 'DE');
    await insert('old4@example.vn', 'gọi giờ hành chính', null);
    await insert('old5@example.vn', '84912000222', null); // a number cell that lost its "+"

    const runner = t.dataSource.createQueryRunner();
    try {
      const migration = t.dataSource.migrations.find(
        (m) => m.constructor.name === 'NormaliseVisitorPhones1796661256300',
      )!;
      await migration.up(runner);
      await migration.up(runner); // again: nothing changes
    } finally {
      await runner.release();
    }
    const rows = await t.dataSource.query(
      `SELECT email, phone FROM visitors WHERE email LIKE 'old%' ORDER BY email`,
    );
    expect(rows).toEqual([
      { email: 'old1@example.vn', phone: '+84912000111' },
      { email: 'old2@example.vn', phone: '+84912000111' },
      { email: 'old3@example.vn', phone: '+493012345678' },
      { email: 'old4@example.vn', phone: 'gọi giờ hành chính' },
      { email: 'old5@example.vn', phone: '+84912000222' },
    ]);
  });
});
