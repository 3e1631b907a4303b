import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import { createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';

/** Error answers speak the caller's language: Accept-Language, the saved one, else Vietnamese. */
describe('errors in the caller’s language', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: null });
    admin = await createUser(t, Role.Admin);
  });
  afterAll(() => t.close());

  const badProfile = (token: string, language?: string) => {
    const call = request(t.http)
      .patch('/api/v1/auth/me')
      .auth(token, { type: 'bearer' })
      .send({ locale: 'fr', fullName: '' });
    return language ? call.set('Accept-Language', language) : call;
  };

  it('names the bad fields in Vietnamese or English, as Accept-Language asks', async () => {
    const viAnswer = await badProfile(admin.token, 'vi-VN,vi;q=0.9').expect(400);
    expect(viAnswer.headers['content-language']).toBe('vi');
    const vi = viAnswer.body;
    expect(vi.code).toBe('validation_failed');
    expect(vi.message).toBe('Một số trường chưa hợp lệ: ngôn ngữ, họ và tên');
    expect(vi.fields).toEqual([
      { field: 'locale', message: 'phải là một trong: vi, en' },
      { field: 'fullName', message: 'phải dài từ 1 đến 200 ký tự' },
    ]);

    const en = (await badProfile(admin.token, 'en-GB').expect(400)).body;
    expect(en.code).toBe('validation_failed');
    expect(en.message).toBe('Some fields are invalid: language, full name');
    expect(en.fields.map((f: { field: string }) => f.field)).toEqual(['locale', 'fullName']);
    expect(en.fields[0].message).toMatch(/must be one of the following values: vi, en/);
  });

  it('honours q-values, and speaks Vietnamese when the header names none of its languages', async () => {
    const preferVi = (await badProfile(admin.token, 'en;q=0.2, vi;q=0.8').expect(400)).body;
    expect(preferVi.message).toMatch(/^Một số trường chưa hợp lệ/);
    const french = (await request(t.http).get('/api/v1/auth/me').set('Accept-Language', 'fr')).body;
    expect(french.code).toBe('unauthenticated');
    expect(french.message).toMatch(/^Vui lòng đăng nhập/);
  });

  it('uses the signed-in user’s saved language when the request names none', async () => {
    const user = await createUser(t, Role.Admin);
    expect((await badProfile(user.token).expect(400)).body.message).toMatch(
      /^Một số trường chưa hợp lệ: ngôn ngữ/,
    );
    await request(t.http)
      .patch('/api/v1/auth/me')
      .auth(user.token, { type: 'bearer' })
      .send({ locale: 'en' })
      .expect(200);
    const answer = (await badProfile(user.token).expect(400)).body;
    expect(answer.message).toBe('Some fields are invalid: language, full name');
    // The header still wins over the saved language.
    expect((await badProfile(user.token, 'vi').expect(400)).body.message).toMatch(
      /^Một số trường chưa hợp lệ/,
    );
  });

  it('words what the HTTP layer refuses too: a body that is not JSON', async () => {
    const broken = (
      await request(t.http)
        .patch('/api/v1/auth/me')
        .auth(admin.token, { type: 'bearer' })
        .set('Accept-Language', 'vi')
        .set('Content-Type', 'application/json')
        .send('{"locale": "en"')
        .expect(400)
    ).body;
    expect(broken).toMatchObject({
      code: 'malformed_json',
      message: 'Nội dung gửi lên không phải JSON hợp lệ',
      fields: [{ field: 'body', message: 'không phải JSON hợp lệ' }],
    });
  });

  it('translates an AppError too, keeping its code', async () => {
    const missing = `/api/v1/fairs/${randomUUID()}`;
    const vi = (
      await request(t.http)
        .get(missing)
        .auth(admin.token, { type: 'bearer' })
        .set('Accept-Language', 'vi')
        .expect(404)
    ).body;
    expect(vi).toMatchObject({
      code: 'not_found',
      message: 'Không tìm thấy, hoặc bạn không có quyền xem',
    });
    const en = (
      await request(t.http)
        .get(missing)
        .auth(admin.token, { type: 'bearer' })
        .set('Accept-Language', 'en')
        .expect(404)
    ).body;
    expect(en.code).toBe('not_found');
    expect(en.message).toMatch(/not found/i);

    const conflict = (
      await request(t.http)
        .post('/api/v1/auth/login')
        .set('Accept-Language', 'vi')
        .send({ email: admin.email, password: 'wrong password' })
        .expect(401)
    ).body;
    expect(conflict.code).toBe('invalid_credentials');
    expect(conflict.message).toMatch(/^Email hoặc mật khẩu không đúng\./);
  });
});
