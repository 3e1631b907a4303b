import {
  DEMO,
  DESK,
  expect,
  expectAccessible,
  signIn,
  test,
  uniqueEmail,
} from '../support/fixtures';
import { addVisitor, organiser, uniqueTag } from './support/outreach-api';

test.use({ viewport: DESK });

test('the organiser tags two visitors at once, untags one from its row, and filters by the tag', async ({
  page,
  request,
}) => {
  const o = await organiser(request);
  const group = uniqueTag('nhom');
  const vip = uniqueTag('khach-quy');
  await addVisitor(o, { name: 'Phạm Thị Lan', email: uniqueEmail('lan'), tags: [group] });
  await addVisitor(o, { name: 'Vũ Đức Minh', email: uniqueEmail('minh'), tags: [group] });

  await signIn(page, DEMO.organiser);
  await page.goto('/organiser/visitors');
  await page.getByLabel('Nhãn', { exact: true }).fill(group);
  await expect(page.getByText('2 khách', { exact: true })).toBeVisible();

  // Both selected, one tag added to both after a confirmation that states the count.
  await page.getByRole('checkbox', { name: 'Chọn Phạm Thị Lan' }).check();
  await page.getByRole('checkbox', { name: 'Chọn Vũ Đức Minh' }).check();
  await expect(page.getByText('Đã chọn 2 khách')).toBeVisible();
  await page.getByLabel('Nhãn cần thêm hoặc bỏ').fill(vip);
  await page.getByRole('button', { name: 'Thêm nhãn' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xác nhận thay đổi' });
  await expect(confirm).toContainText(`Thêm nhãn “${vip}” cho 2 khách?`);
  await page.screenshot({ path: '.data/test/screens/organiser-visitors-bulk.png' });
  await confirm.getByRole('button', { name: 'Áp dụng cho 2 khách' }).click();
  await expect(page.getByText('Đã cập nhật 2 khách')).toBeVisible();
  const table = page.getByRole('table').filter({ hasText: 'Ngôn ngữ thư' });
  await expect(table.getByRole('row', { name: /Phạm Thị Lan/ })).toContainText(vip);
  await expect(table.getByRole('row', { name: /Vũ Đức Minh/ })).toContainText(vip);

  // One visitor's tags changed in its own dialog: the new tag (the last one) removed.
  await page.getByRole('button', { name: 'Sửa nhóm và nhãn của Vũ Đức Minh' }).click();
  const edit = page.getByRole('dialog', { name: 'Nhóm khách và nhãn của Vũ Đức Minh' });
  await edit.getByLabel('Nhãn của khách').press('Backspace');
  await expect(edit).not.toContainText(vip);
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu thay đổi của Vũ Đức Minh')).toBeVisible();

  // Filtering by the tag finds only the visitor who kept it.
  await page.getByLabel('Nhãn', { exact: true }).fill(vip);
  await expect(page.getByText('1 khách', { exact: true })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /Phạm Thị Lan/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-visitors-tagged.png' });
});
