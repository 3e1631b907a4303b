import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  mailTo,
  PHONE,
  signIn,
  signUpProducer,
  test,
} from '../support/fixtures';
import {
  addProduct,
  appOrigin,
  applyAndSubmit,
  approveAllocateAndPublish,
  demoOrganiser,
  ok,
  openFair,
  signedInApi,
} from './support/applications';

test.use({ viewport: PHONE });

/** What the user sees, kept for a person to look at (`.data/test/screens`). */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `.data/test/screens/applications-${name}.png`, fullPage: true });

test('a producer applies with the fee in sight, submits, follows and withdraws its application', async ({
  page,
}) => {
  // The whole journey, five screens and a mail: more than one screen's time on a loaded machine.
  test.slow();
  const org = await demoOrganiser();
  const fair = await openFair(org);
  const neighbour = await signUpProducer(page.request, 'HTX Nón lá Chuông');
  await applyAndSubmit(await signedInApi(neighbour.email, neighbour.password), fair.id);
  const producer = await signUpProducer(page.request, 'HTX Mây tre đan Phú Vinh Mới');
  await signIn(page, producer.email, producer.password);

  await page.goto(`/producer/fairs/${fair.id}`);
  await page.getByRole('link', { name: 'Đăng ký tham gia' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký tham gia' })).toBeVisible();
  await expect(page.getByText('Chọn loại gian để xem phí.')).toBeVisible();
  await page.getByLabel(/Gian tiêu chuẩn 3×3/).check();
  await page.getByRole('textbox', { name: 'Số gian' }).fill('3');
  await page.getByRole('combobox', { name: 'Khu mong muốn' }).fill('Mây');
  await page.getByRole('option', { name: 'Mây tre đan' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Muốn đứng gần' }).fill('Chuông');
  await page.getByRole('option', { name: 'HTX Nón lá Chuông' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel(/Hỗ trợ khuyến công/).check();
  // 3 booths at 12.000.000 ₫; the programme pays half of two of them.
  const quote = page.getByRole('region', { name: 'Phí dự kiến' });
  const line = (label: string) => quote.getByRole('row', { name: label });
  await expect(line('Phí gian hàng')).toContainText(/36\.000\.000\s₫/);
  await expect(line('Hỗ trợ (Hỗ trợ khuyến công)')).toContainText(/12\.000\.000\s₫/);
  await expect(line('Phải trả')).toContainText(/24\.000\.000\s₫/);
  await expectAccessible(page);
  await shot(page, 'form');

  const creates: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/fairs/${fair.id}/applications`)) {
      creates.push(r.url());
    }
  });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).dblclick();
  await expect(page.getByRole('heading', { name: /^Hồ sơ HC-/ })).toBeVisible();
  expect(creates).toHaveLength(1);
  await expect(page.getByText('Bản nháp', { exact: true })).toBeVisible();
  await expect(page.getByText('Đứng gần: HTX Nón lá Chuông')).toBeVisible();
  await expect(page.getByText(/24\.000\.000\s₫/)).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'draft');

  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('bạn sẽ nhận thư xác nhận')).toBeVisible();
  await dialog.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByText('Đã nộp, đang xét', { exact: true })).toBeVisible();
  await expect(page.getByText('Đã nộp, đang chờ xét')).toBeVisible();
  await expect(page.getByText('Ban tổ chức đang xét duyệt')).toBeVisible();
  const reference = (await page.getByRole('heading', { name: /^Hồ sơ HC-/ }).textContent())!
    .replace('Hồ sơ ', '')
    .trim();
  const receipt = await mailTo(page.request, producer.email, (m) =>
    m.subject.startsWith('Đã nhận hồ sơ'),
  );
  expect(receipt.subject).toBe(`Đã nhận hồ sơ ${reference}: ${fair.name}`);
  await expectAccessible(page);
  await shot(page, 'submitted');

  await page.goto('/producer/applications');
  const card = page.getByRole('link', { name: new RegExp(reference) });
  await expect(card.getByText('Chờ ban tổ chức xét duyệt')).toBeVisible();
  await expect(card.getByText(fair.name)).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'list');
  await card.click();

  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rút hồ sơ này?' });
  await expect(confirm.getByText('tiền cọc đã nộp không được hoàn lại')).toBeVisible();
  await confirm.getByLabel('Lý do (không bắt buộc)').fill('Không thu xếp được người đứng gian');
  await expectAccessible(page);
  await shot(page, 'withdraw');
  await confirm.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(page.getByText('Đã rút', { exact: true })).toBeVisible();
  await expect(page.getByText('Lý do: Không thu xếp được người đứng gian')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rút hồ sơ' })).toHaveCount(0);
});

test('a wish the API refuses is named beside its field in Vietnamese, and nothing is saved', async ({
  page,
}) => {
  const org = await demoOrganiser();
  const fair = await openFair(org);
  const producer = await signUpProducer(page.request, 'Cơ sở Sơn mài Hạ Thái');
  await signIn(page, producer.email, producer.password);
  const lamp = await addProduct(page.request, producer.producerId, 'Hộp sơn mài khảm trứng');

  await page.goto(`/producer/fairs/${fair.id}/apply`);
  await page.getByLabel(/Gian tiêu chuẩn 3×3/).check();
  await page.getByLabel('Hộp sơn mài khảm trứng').check();
  // Meanwhile, on another device, the product leaves the catalogue.
  await ok(
    await page.request.delete(`/api/v1/producers/${producer.producerId}/products/${lamp}`, {
      headers: appOrigin(),
    }),
  );
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();

  const products = page
    .locator('.mantine-InputWrapper-root')
    .filter({ has: page.getByRole('group', { name: 'Sản phẩm trưng bày' }) });
  await expect(products.getByText('Sản phẩm này không còn trong danh mục của cơ sở')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('xem ghi chú bên cạnh từng mục');
  await expectAccessible(page);
  await shot(page, 'field-error');
  const mine = await ok<{ fairId: string }[]>(await page.request.get('/api/v1/applications'));
  expect(mine.filter((a) => a.fairId === fair.id)).toEqual([]);
});

test('an approved producer sees its booth on the fair’s plan, with what to pay and how', async ({
  page,
}) => {
  const org = await demoOrganiser();
  // A name as long as real ones: at 390 px it wraps beside the status, which stays whole.
  const fair = await openFair(org, 3, 'Hội chợ Làng nghề và Sản phẩm OCOP Hà Nội');
  const producer = await signUpProducer(page.request, 'HTX Gốm Bát Tràng Xanh');
  await signIn(page, producer.email, producer.password);
  const id = await applyAndSubmit(page.request, fair.id, 2);
  await approveAllocateAndPublish(org, fair.id, [id]);

  await page.goto(`/applications/${id}`);
  await expect(page).toHaveURL(new RegExp(`/producer/applications/${id}$`));
  await expect(page.getByText('Được duyệt', { exact: true }).first()).toBeVisible();
  const status = page.locator('.mantine-Badge-label', { hasText: 'Được duyệt' });
  expect(await status.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
  await expect(page.getByText(/^Đã có gian hàng: A-0\d, A-0\d$/)).toBeVisible();
  await expect(page.getByText(/^Gian A-0\d, A-0\d$/)).toBeVisible();
  const plan = page.getByRole('img', { name: /Sơ đồ hội chợ, gian của bạn được đánh dấu/ });
  await expect(plan).toBeVisible();
  await expect
    .poll(() => plan.evaluate((img) => (img as { naturalWidth: number }).naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByText('Thư thông báo kết quả')).toBeVisible();
  await expect(page.getByText(/với nội dung chuyển khoản:/)).toBeVisible();
  // The VietQR card repeats the reference once the body has a receiving account (another
  // story records one for the demo body), so it may show twice.
  await expect(page.getByText(/^HC-[0-9A-F]{10}$/).first()).toBeVisible();
  // 2 booths at 12.000.000 ₫, no support claimed: 24.000.000 ₫, half as the deposit.
  await expect(page.getByText(/24\.000\.000\s₫/).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'booths');
});

test('a waitlisted producer accepts a freed booth before the offer expires', async ({ page }) => {
  const org = await demoOrganiser();
  const fair = await openFair(org, 2);
  const first = await signUpProducer(page.request, 'HTX Mây tre Phú Vinh Lớn');
  const firstApi = await signedInApi(first.email, first.password);
  const waiting = await signUpProducer(page.request, 'Hộ kinh doanh Tre Xanh');
  await signIn(page, waiting.email, waiting.password);
  const firstId = await applyAndSubmit(firstApi, fair.id, 2);
  const waitingId = await applyAndSubmit(page.request, fair.id, 2);
  await approveAllocateAndPublish(org, fair.id, [firstId, waitingId]);
  await ok(
    await firstApi.post(`/api/v1/applications/${firstId}/withdraw`, {
      data: {},
      headers: appOrigin(),
    }),
  );
  const round = await ok<{ offers: { id: string; applicationId: string }[] }>(
    await org.api.post(`/api/v1/fairs/${fair.id}/waitlist/offers`, {
      data: { expiresInHours: 48 },
    }),
  );
  const offer = round.offers.find((o) => o.applicationId === waitingId)!;

  await page.goto(`/producer/applications/${waitingId}`);
  await expect(page.getByText('Danh sách chờ', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Xem đề nghị' }).click();
  await expect(page).toHaveURL(new RegExp(`/producer/waitlist-offers/${offer.id}$`));
  await expect(page.getByText('Gian được đề nghị: A-01, A-02')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^Còn 4[78] giờ \d+ phút để trả lời$/);
  await expectAccessible(page);
  await shot(page, 'offer');

  await page.getByRole('button', { name: 'Nhận gian' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nhận gian' }).click();
  await expect(page.getByText('Bạn đã nhận gian')).toBeVisible();
  await page.getByRole('link', { name: 'Xem hồ sơ' }).click();
  await expect(page.getByText('Được duyệt', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Gian A-01, A-02')).toBeVisible();
});

test('a producer without applications is pointed to the fairs taking them', async ({ page }) => {
  const producer = await signUpProducer(page.request, 'Cơ sở Mới Mở');
  await signIn(page, producer.email, producer.password);
  await page.goto('/producer/applications');
  await expect(page.getByText('Bạn chưa đăng ký hội chợ nào.')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'empty');
  await page.getByRole('link', { name: 'Tìm hội chợ đang nhận hồ sơ' }).click();
  await expect(page).toHaveURL(/\/producer\/fairs$/);
});
