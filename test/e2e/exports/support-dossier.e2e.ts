import ExcelJS from 'exceljs';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  application,
  applyAndSubmit,
  as,
  createOpenFair,
  createProducerMember,
  OpenFair,
} from '../applications/support/applications';
import { pdfContents } from '../../support/pdf-contents';
import {
  bearer,
  createBody,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';

/**
 * DOMAIN.md's OCOP-event rule: 50% of the booth fee, at most 2 booths per unit. A standard booth
 * is 12,000,000 ₫: the cooperative asks 3 booths (36,000,000 ₫) and gets 2 × 6,000,000 ₫; the
 * household business asks 1 and gets 6,000,000 ₫. The budget of 50,000,000 ₫ keeps 32,000,000 ₫.
 */
const PROGRAMME = {
  nameVi: 'Hỗ trợ gian hàng OCOP 50%',
  ratePercent: 50,
  maxBoothsPerProducer: 2,
  totalBudget: '50000000',
};

describe('support-programme dossier (XLSX and PDF, Vietnamese)', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let fair: OpenFair;
  const dossier = (format: string, who = organiser) =>
    request(t.http)
      .get(`/api/v1/fairs/${fair.id}/exports/support-dossier?format=${format}`)
      .set(bearer(who.token))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fair = await createOpenFair(t, organiser, bodyId, { programme: PROGRAMME });
    const [village] = await t.dataSource.query(
      `SELECT id FROM craft_villages WHERE name = 'Phú Vinh'`,
    );
    await t.dataSource.query('UPDATE craft_villages SET recognised = true WHERE id = $1', [
      village.id,
    ]);
    const communeCode = async (name: string) =>
      (
        await t.dataSource.query(
          `SELECT code FROM communes WHERE province_code = '01' AND name LIKE $1`,
          [`%${name}`],
        )
      )[0].code as string;
    const coop = await createProducerMember(t, 'HTX Mây tre đan Phú Vinh');
    await as(t, coop)
      .patch(`/api/v1/producers/${coop.producerId}`, {
        legalForm: 'cooperative',
        taxCode: '0100109106',
        address: { provinceCode: '01', communeCode: await communeCode('Phú Nghĩa') },
        craftVillageId: village.id,
      })
      .expect(200);
    const lamp = await as(t, coop)
      .post(`/api/v1/producers/${coop.producerId}/products`, {
        nameVi: 'Chao đèn mây',
        category: 'Đèn',
        ocop: { stars: 4, expiresOn: '2028-06-30', issuedOn: '2025-07-01' },
      })
      .expect(201);
    const household = await createProducerMember(t, 'Hộ kinh doanh Gốm Bát Tràng');
    await as(t, household)
      .patch(`/api/v1/producers/${household.producerId}`, {
        legalForm: 'household_business',
        taxCode: '001085012345',
        address: { provinceCode: '01', communeCode: await communeCode('Bát Tràng') },
      })
      .expect(200);
    const withProgramme = { supportProgrammeId: fair.programmeId };
    const ids = [
      await applyAndSubmit(
        t,
        coop,
        fair.id,
        application({ ...withProgramme, boothsWanted: 3, productIds: [lamp.body.id] }),
      ),
      await applyAndSubmit(t, household, fair.id, application(withProgramme)),
    ];
    for (const id of ids) {
      await as(t, organiser)
        .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, { decision: 'approved' })
        .expect(200);
    }
  });
  afterAll(() => t.close());

  it('lists each beneficiary with identifier, village, OCOP, booths and subsidy, and the budget', async () => {
    const response = await dossier('xlsx').expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(5).values).toEqual([
      undefined,
      'Chương trình',
      'Mức hỗ trợ (%)',
      'Tối đa số gian/đơn vị',
      'Số đơn vị',
      'Số gian',
      'Số gian được hỗ trợ',
      'Tổng hỗ trợ (đ)',
      'Kinh phí (đ)',
      'Đã sử dụng (đ)',
      'Còn lại (đ)',
    ]);
    expect(summary.getRow(6).values).toEqual([
      undefined,
      'Hỗ trợ gian hàng OCOP 50%',
      50,
      2,
      2,
      4,
      3,
      18_000_000,
      50_000_000,
      18_000_000,
      32_000_000,
    ]);
    const sheet = book.getWorksheet('CT1')!;
    const rows = [5, 6].map((n) => (sheet.getRow(n).values as unknown[]).slice(3));
    const byName = new Map(rows.map((r) => [r[0], r]));
    expect(byName.get('HTX Mây tre đan Phú Vinh')).toEqual([
      'HTX Mây tre đan Phú Vinh',
      'Hợp tác xã',
      'MST 0100109106',
      'Phú Vinh',
      'Có',
      'Xã Phú Nghĩa',
      'Thành phố Hà Nội',
      4,
      '30/06/2028',
      3,
      2,
      36_000_000,
      6_000_000,
      12_000_000,
    ]);
    expect(byName.get('Hộ kinh doanh Gốm Bát Tràng')).toEqual([
      'Hộ kinh doanh Gốm Bát Tràng',
      'Hộ kinh doanh',
      'CCCD 001085012345',
      '',
      '',
      'Xã Bát Tràng',
      'Thành phố Hà Nội',
      '',
      '',
      1,
      1,
      12_000_000,
      6_000_000,
      6_000_000,
    ]);
    const total = sheet.getRow(7).values as unknown[];
    expect(total[1]).toBe('Cộng');
    expect(total.slice(12)).toEqual([4, 3, 48_000_000, '', 18_000_000]);
    expect(sheet.getRow(11).values).toEqual([undefined, 'Còn lại (đ)', 32_000_000]);
  });

  it('prints the same figures in a PDF whose Vietnamese text extracts back', async () => {
    const response = await dossier('pdf').expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfContents(response.body).text.join('\n');
    for (const expected of [
      'HỒ SƠ HỖ TRỢ GIAN HÀNG',
      'Hỗ trợ gian hàng OCOP 50%',
      'Mức hỗ trợ 50%, tối đa 2 gian mỗi đơn vị',
      'Kinh phí: 50.000.000 đ; đã sử dụng: 18.000.000 đ; còn lại: 32.000.000 đ',
      'HTX Mây tre đan Phú Vinh',
      'MST 0100109106',
      'CCCD 001085012345',
      'Phú Vinh (được công nhận)',
      '4 sao, hạn 30/06/2028',
      '36.000.000',
      '12.000.000',
      'Cộng: 2 đơn vị',
      '48.000.000',
      '18.000.000',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
  });

  it('is another body’s fair: 404; a bad format: 400 naming it', async () => {
    const other = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    await dossier('xlsx', other).expect(404);
    const bad = await request(t.http)
      .get(`/api/v1/fairs/${fair.id}/exports/support-dossier?format=docx`)
      .set(bearer(organiser.token))
      .expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['format']);
  });
});
