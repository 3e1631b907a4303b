import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { pdfContents } from '../../support/pdf-contents';
import {
  DEMO,
  DESK,
  expect,
  expectAccessible,
  signIn,
  signUpProducer,
  test,
} from '../support/fixtures';
import { apiAs, ok } from '../support/showcase-world';

test.use({ viewport: DESK });

const DAY = 24 * 60 * 60 * 1000;
const hanoiDay = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

test('the organiser downloads the support dossier as PDF and XLSX, with the 50% subsidy capped at 2 booths', async ({
  page,
}) => {
  // Through the api: an open fair with a 50% programme (2 booths at most), one producer
  // asking 3 booths of 12,000,000 ₫, approved: 12,000,000 ₫ of a 30,000,000 ₫ budget.
  const organiser = await apiAs(DEMO.organiser);
  const me = await ok<{ organisingBodyId: string }>(organiser.get('/api/v1/auth/me'));
  const fair = await ok<{ id: string }>(
    organiser.post(`/api/v1/organising-bodies/${me.organisingBodyId}/fairs`, {
      data: {
        nameVi: `Hội chợ OCOP ${randomUUID().slice(0, 4)}`,
        venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
        venueAddress: '91 Trần Hưng Đạo, Hà Nội',
        days: [{ date: hanoiDay(30), opens: '08:00', closes: '21:00' }],
        applicationsOpenAt: `${hanoiDay(-1)}T08:00`,
        applicationsCloseAt: `${hanoiDay(20)}T17:00`,
      },
    }),
    201,
  );
  const at = (path: string) => `/api/v1/fairs/${fair.id}${path}`;
  await ok(organiser.post(at('/zones'), { data: { code: 'ocop', nameVi: 'OCOP' } }), 201);
  await ok(
    organiser.post(at('/booth-types'), {
      data: { code: 'tieu-chuan', nameVi: 'Tiêu chuẩn', widthM: 3, depthM: 3, price: '12000000' },
    }),
    201,
  );
  await ok(
    organiser.post(at('/plan/grid'), {
      data: {
        zone: 'ocop',
        type: 'tieu-chuan',
        prefix: 'A-',
        rows: 1,
        columns: 4,
        origin: { x: 0, y: 0 },
      },
    }),
    201,
  );
  const programme = await ok<{ id: string }>(
    organiser.post(at('/support-programmes'), {
      data: {
        nameVi: 'Hỗ trợ gian hàng OCOP 50%',
        ratePercent: 50,
        maxBoothsPerProducer: 2,
        totalBudget: '30000000',
      },
    }),
    201,
  );
  await ok(organiser.post(at('/status'), { data: { to: 'open' } }));
  const newProducer = await signUpProducer(page.request, 'HTX Mây tre Hồ Sơ Hỗ Trợ');
  const producer = await apiAs(newProducer.email, newProducer.password);
  const draft = await ok<{ id: string }>(
    producer.post(at('/applications'), {
      data: { boothsWanted: 3, boothTypes: ['tieu-chuan'], supportProgrammeId: programme.id },
    }),
    201,
  );
  await ok(producer.post(`/api/v1/applications/${draft.id}/submit`));
  await ok(
    organiser.post(at(`/applications/${draft.id}/decision`), { data: { decision: 'approved' } }),
  );

  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.id}/exports`);
  await expect(page.getByRole('heading', { name: 'Hồ sơ hỗ trợ gian hàng' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-dossier.png', fullPage: true });

  const download = async (format: 'PDF' | 'XLSX') => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `${format}: tải Hồ sơ hỗ trợ gian hàng` }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    return readFile((await file.path())!);
  };
  const workbook = new Workbook();
  await workbook.xlsx.load((await download('XLSX')) as unknown as ArrayBuffer);
  expect(workbook.getWorksheet('Tổng hợp')!.getRow(6).values).toEqual([
    undefined,
    'Hỗ trợ gian hàng OCOP 50%',
    50,
    2,
    1,
    3,
    2,
    12_000_000,
    30_000_000,
    12_000_000,
    18_000_000,
  ]);
  const text = pdfContents(await download('PDF'))
    .text.join(' ')
    .replace(/\s+/g, ' ');
  expect(text).toContain('HỒ SƠ HỖ TRỢ GIAN HÀNG');
  expect(text).toContain('HTX Mây tre Hồ Sơ Hỗ Trợ');
  expect(text).toContain('còn lại: 18.000.000 đ');
});
