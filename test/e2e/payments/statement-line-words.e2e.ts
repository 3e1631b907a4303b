import request from 'supertest';
import { Role } from '@hoicho/platform';
import { fairFixture, FairFixture } from '../../support/fair-fixtures';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { TestModule } from '../../support/test-module';

const MAPPING = {
  date: 'Ngày GD',
  credit: 'Ghi có',
  description: 'Nội dung',
  bankRef: 'Số bút toán',
};
const CSV = [
  'Ngày GD;Số bút toán;Ghi nợ;Ghi có;Nội dung',
  '31/02/2027;FT101;;1.000.000;HC-0000000001',
  '07/08/2027;FT102;;nhiều;HC-0000000001',
].join('\n');

describe('payments: a statement’s bad lines as codes with params, worded in the caller’s language', () => {
  let t: TestApp;
  let fair: FairFixture;
  let organiser: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    const m = { dataSource: t.dataSource, get: (type: never) => t.app.get(type) };
    fair = await fairFixture(m as unknown as TestModule);
    organiser = await createUser(t, Role.Organiser, {
      organisingBodyId: fair.organiser.organisingBodyId!,
    });
  });
  afterAll(() => t.close());

  it('answers the upload in Vietnamese or English, and the import list alike', async () => {
    const upload = await request(t.http)
      .post(`/api/v1/fairs/${fair.id}/statement-imports`)
      .set(bearer(organiser.token))
      .set('Accept-Language', 'vi-VN,vi;q=0.9')
      .field('bankBin', '970436')
      .field('mapping', JSON.stringify(MAPPING))
      .attach('file', Buffer.from(CSV, 'utf8'), 'sao-ke.csv')
      .expect(201);
    expect(upload.body.errors).toEqual([
      {
        line: 2,
        field: 'date',
        code: 'date_invalid',
        params: { value: '31/02/2027' },
        message: '“31/02/2027” không phải ngày (dd/MM/yyyy)',
      },
      {
        line: 3,
        field: 'credit',
        code: 'amount_invalid',
        params: { value: 'nhiều' },
        message: '“nhiều” không phải số tiền (đồng)',
      },
    ]);
    const list = await request(t.http)
      .get(`/api/v1/fairs/${fair.id}/statement-imports`)
      .set(bearer(organiser.token))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(list.body[0].errors.map((e: { message: string }) => e.message)).toEqual([
      '“31/02/2027” is not a date (dd/MM/yyyy)',
      '“nhiều” is not an amount in đồng',
    ]);
  });
});
