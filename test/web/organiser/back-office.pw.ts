import {
  DEMO,
  DEMO_PASSWORD,
  DESK,
  expect,
  expectAccessible,
  mailTo,
  signIn,
  signUpProducer,
  test,
} from '../support/fixtures';
import { expectAccessibleAround } from './support/accessible';
import { apiAs, furnish, openFairWithApplicants, uniqueFairName } from './support/organiser-api';

test.use({ viewport: DESK });

const shot = (name: string) => ({ path: `.data/test/screens/organiser-${name}.png` });

test('the organiser sees its body’s figures on the dashboard', async ({ page }) => {
  const fair = await openFairWithApplicants(page.request, 'Hội chợ tổng quan', [
    { name: 'HTX Mây tre Phú Vinh', zones: ['may-tre-dan'], programme: true },
    { name: 'Cơ sở gốm Bát Tràng', zones: ['gom-su'] },
  ]);
  await signIn(page, DEMO.organiser);
  await page.goto('/organiser');
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(fair.name) });
  // Two applications were submitted and none has a decision yet.
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expect(row.getByRole('cell').nth(2)).toHaveText('0');
  await expect(
    page.getByRole('progressbar', {
      name: `Hỗ trợ khuyến công ${fair.name}: đã dùng 0% ngân sách`,
    }),
  ).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByRole('link', { name: /^\d+ Đang nhận hồ sơ$/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ ...shot('dashboard'), fullPage: true });

  await row.getByRole('link', { name: fair.name }).click();
  await expect(page).toHaveURL(new RegExp(`/organiser/fairs/${fair.fairId}/applications$`));
});

test('the organiser creates a fair, edits it, is told why a step is refused, then opens it', async ({
  page,
}) => {
  const name = uniqueFairName('Hội chợ làng nghề mùa thu');
  await signIn(page, DEMO.organiser);
  await page.goto('/organiser/fairs');
  await expect(page.getByRole('heading', { name: 'Hội chợ', level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot(shot('fairs'));
  await page.getByRole('link', { name: 'Tạo hội chợ' }).first().click();

  await expect(page.getByRole('heading', { name: 'Tạo hội chợ mới' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByText('Hãy điền mục này').first()).toBeVisible();
  await page.getByLabel('Tên hội chợ (tiếng Việt)').fill(name);
  await page.getByLabel('Địa điểm').fill('Trung tâm Triển lãm Giảng Võ');
  await page.getByLabel('Địa chỉ').fill('148 Giảng Võ, phường Giảng Võ, Hà Nội');
  await page.getByRole('textbox', { name: 'Ngày 1', exact: true }).fill('10/10/2027');
  await page.getByRole('button', { name: 'Thêm ngày' }).click();
  await page.getByRole('textbox', { name: 'Ngày 2', exact: true }).fill('31/02/2027');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByText('Ngày theo dạng dd/mm/yyyy')).toBeVisible();
  await page.getByRole('textbox', { name: 'Ngày 2', exact: true }).fill('11/10/2027');
  await page.getByLabel('Bắt đầu nhận hồ sơ').fill('01/08/2027 08:00');
  await page.getByLabel('Hạn nộp hồ sơ').fill('15/09/2027 17:00');
  await expectAccessible(page);
  await page.screenshot({ ...shot('fair-new'), fullPage: true });
  const creates: string[] = [];
  page.on(
    'request',
    (r) => r.method() === 'POST' && r.url().endsWith('/fairs') && creates.push(r.url()),
  );
  await page.getByRole('button', { name: 'Tạo bản nháp' }).dblclick();

  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  expect(creates).toHaveLength(1);
  await expect(page.getByText('Bản nháp').first()).toBeVisible();
  await page.getByLabel('Địa điểm').fill('Cung Văn hóa Hữu nghị Việt Xô');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu thông tin hội chợ')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Cung Văn hóa Hữu nghị Việt Xô');
  await expect(page.getByRole('textbox', { name: 'Ngày 2', exact: true })).toHaveValue(
    '11/10/2027',
  );

  // Opening needs zones and booth types: the API refuses, and the screen says why.
  await page.getByRole('button', { name: 'Mở nhận hồ sơ' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText('Không thể quay lại trạng thái trước.')).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Mở nhận hồ sơ' }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('Chưa thể chuyển sang “Đang nhận hồ sơ”');
  await expect(refused).toContainText('hội chợ chưa có khu trưng bày nào');
  await expect(refused).toContainText('hội chợ chưa có loại gian hàng nào');
  await expectAccessible(page);
  await page.screenshot({ ...shot('fair-refused'), fullPage: true });

  // Once the plan has zones and booth types (the plan screen's work), the same step goes.
  const fairId = new URL(page.url()).pathname.split('/').pop()!;
  await furnish(await apiAs(page.request, DEMO.organiser, DEMO_PASSWORD), fairId);
  await page.getByRole('button', { name: 'Mở nhận hồ sơ' }).click();
  await page.getByRole('dialog').getByLabel('Ghi chú (không bắt buộc)').fill('Mở đợt nhận hồ sơ');
  await page.getByRole('dialog').getByRole('button', { name: 'Mở nhận hồ sơ' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Mở đợt nhận hồ sơ')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chuyển sang xếp gian hàng' })).toBeVisible();
  await page.screenshot({ ...shot('fair-open'), fullPage: true });

  await page.goto('/organiser/fairs?status=open');
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('the organiser reviews applications: filters, decides in bulk, previews and releases the letters', async ({
  page,
}) => {
  // Three producers sign up, confirm and apply, then three letters are awaited: a long story.
  test.slow();
  const fair = await openFairWithApplicants(page.request, 'Hội chợ xét duyệt', [
    { name: 'HTX Dương Liễu', zones: ['may-tre-dan'] },
    { name: 'HTX Đông Anh', zones: ['gom-su'], programme: true },
    { name: 'HTX Ánh Dương', zones: ['may-tre-dan', 'gom-su'] },
  ]);
  const [duong, dong, anh] = fair.applicants;
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/applications`);
  await expect(page.getByText('3 hồ sơ')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Hồ sơ đăng ký' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expectAccessible(page);

  // Producers in Vietnamese order: Ánh, Dương, Đông (not the code points' D, Á, Đ).
  await page.getByRole('button', { name: 'Cơ sở', exact: true }).click();
  const producers = page.locator('tbody tr td:nth-child(2) p:first-child');
  await expect(producers).toHaveText(['HTX Ánh Dương', 'HTX Dương Liễu', 'HTX Đông Anh']);

  // The priority explains itself.
  await page.getByRole('button', { name: /^Ưu tiên \d của HTX Đông Anh/ }).click();
  await expect(page.getByText(/điểm → mức ưu tiên \d/)).toBeVisible();
  await page.keyboard.press('Escape');

  // Those who wished the ceramics zone, approved together.
  await page.getByRole('combobox', { name: 'Khu mong muốn' }).click();
  await page.getByRole('option', { name: 'Gốm sứ' }).click();
  await expect(page.getByText('2 hồ sơ')).toBeVisible();
  await expect(producers).toHaveText(['HTX Ánh Dương', 'HTX Đông Anh']);
  await page.getByRole('checkbox', { name: 'Chọn mọi hồ sơ trên trang này' }).check();
  await expect(page.getByText('Đã chọn 2 hồ sơ')).toBeVisible();
  await page.screenshot({ ...shot('review-selected'), fullPage: true });
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(page.getByText('Đã ghi quyết định “Duyệt” cho 2 hồ sơ')).toBeVisible();

  // The one claiming support, filtered by programme.
  await page.getByRole('combobox', { name: 'Khu mong muốn' }).click();
  // Choosing the chosen zone again clears that filter.
  await page.getByRole('option', { name: 'Gốm sứ' }).click();
  await page.getByRole('combobox', { name: 'Chương trình hỗ trợ' }).click();
  await page.getByRole('option', { name: `Hỗ trợ khuyến công ${fair.name}` }).click();
  await expect(producers).toHaveText(['HTX Đông Anh']);

  // The rest of the list: the rattan producer is rejected, with the reason its letter gives.
  await page.reload();
  await expect(page.getByText('3 hồ sơ')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Chọn hồ sơ của HTX Dương Liễu' }).check();
  await page.getByRole('button', { name: 'Từ chối…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi quyết định từ chối' }).click();
  await expect(page.getByText('Hãy ghi lý do từ chối')).toBeVisible();
  await page.getByLabel('Lý do từ chối').fill('Sản phẩm chưa đúng chủ đề hội chợ');
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi quyết định từ chối' }).click();
  await expect(page.getByText('Đã ghi quyết định “Từ chối” cho 1 hồ sơ')).toBeVisible();

  // Nothing has been sent; the release shows the count and a letter of each kind first.
  await expect(page.getByText('3 quyết định đã ghi nhưng chưa công bố')).toBeVisible();
  await page.getByRole('button', { name: 'Xem trước và công bố…' }).click();
  const release = page.getByRole('dialog', { name: 'Công bố 3 quyết định?' });
  await expect(release.getByText('3 thư báo kết quả sẽ được gửi ngay')).toBeVisible();
  await expect(release.getByText('2 duyệt')).toBeVisible();
  await expect(release.getByText('1 từ chối')).toBeVisible();
  const letter = release.frameLocator('iframe');
  await expect(release.getByText(/^Tiêu đề: Hồ sơ HC-\S+ đã được duyệt/)).toBeVisible();
  await expect(letter.getByText(/đã duyệt hồ sơ HC-/)).toBeVisible();
  await release.getByRole('tab', { name: 'Thư “Từ chối”' }).click();
  await expect(
    release.frameLocator('iframe').getByText('Sản phẩm chưa đúng chủ đề hội chợ'),
  ).toBeVisible();
  await expectAccessibleAround(page, 'iframe[sandbox]');
  await page.screenshot(shot('review-release'));
  await release.getByRole('button', { name: 'Công bố và gửi 3 thư' }).click();
  await expect(page.getByText('Đã công bố 3 quyết định; 3 thư đang được gửi.')).toBeVisible();
  await expect(page.getByText('Không có quyết định nào chờ công bố.')).toBeVisible();

  for (const [who, words] of [
    [anh, 'đã được duyệt'],
    [dong, 'đã được duyệt'],
    [duong, 'không được chấp nhận'],
  ] as const) {
    // The decision letter, not the acknowledgement the producer got when it applied.
    const decided = /đã được duyệt|không được chấp nhận/;
    const mail = await mailTo(
      page.request,
      who.email,
      (m) => m.subject.includes(fair.name) && decided.test(m.subject),
    );
    expect(mail.subject).toContain(words);
  }
  await page.screenshot({ ...shot('review-released'), fullPage: true });
});

test('producers and gate staff are turned away from the back office', async ({ page, browser }) => {
  const producer = await signUpProducer(page.request);
  await signIn(page, producer.email, producer.password);
  await page.goto('/organiser');
  await expect(page.getByText('Trang này không dành cho tài khoản của bạn')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot(shot('wrong-role'));
  await page.goto('/organiser/fairs');
  await expect(page.getByText('Trang này không dành cho tài khoản của bạn')).toBeVisible();

  const gate = await browser.newContext({ baseURL: process.env.WEB_BASE_URL, viewport: DESK });
  const gatePage = await gate.newPage();
  await signIn(gatePage, DEMO.gate);
  await gatePage.goto('/organiser/fairs');
  await expect(gatePage.getByText('Trang này không dành cho tài khoản của bạn')).toBeVisible();
  await gate.close();
});
