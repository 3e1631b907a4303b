import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { DEMO, DESK, expect, expectAccessible, signIn, test } from '../support/fixtures';
import { organiserApi, publishedFair } from '../support/showcase-world';

test.use({ viewport: DESK });

const EXPORTS = [
  ['Hồ sơ đăng ký', 'Mã hồ sơ'],
  ['Quyết định và phí', 'Mã hồ sơ'],
  ['Phân gian hàng', 'Gian'],
  ['Lượt vào cổng', 'Vào lúc'],
  ['Số yêu cầu của người mua', 'Sản phẩm'],
  ['Danh sách khách mời', 'Họ tên'],
] as const;

test('the organiser downloads every export as CSV and XLSX, each opening with its header row', async ({
  page,
}) => {
  const organiser = await organiserApi();
  const fair = await publishedFair(organiser);
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/exports`);
  await expect(page.getByRole('tab', { name: 'Xuất dữ liệu', selected: true })).toBeVisible();
  await expect(page.getByText('Chưa có bảng thanh toán riêng')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-exports.png', fullPage: true });

  for (const [name, firstHeader] of EXPORTS) {
    for (const format of ['CSV', 'XLSX'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: `${format}: tải ${name}` }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
      const bytes = await readFile((await download.path())!);
      if (format === 'CSV') {
        // The BOM Excel needs to read UTF-8, then the Vietnamese header intact.
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.subarray(3).toString('utf8').split('\r\n')[0].split(',')[0]).toBe(firstHeader);
      } else {
        const workbook = new Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe(firstHeader);
      }
    }
  }
});
