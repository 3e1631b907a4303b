import {
  DEMO,
  DESK,
  expect,
  expectAccessible,
  mailTo,
  signIn,
  test,
  uniqueEmail,
} from '../support/fixtures';
import { expectAccessibleAround } from './support/accessible';
import { openFairWithApplicants } from './support/organiser-api';
import {
  addVisitor,
  organiser,
  sentCampaign,
  uniqueTag,
  waitlistWithADecline,
} from './support/outreach-api';

test.use({ viewport: DESK });

const shot = (name: string) => ({ path: `.data/test/screens/organiser-${name}.png` });

test('the organiser imports a visitor list: progress, refused lines, duplicates told, unaccented search', async ({
  page,
}) => {
  const tag = uniqueTag('nhap');
  const [hoa, binh, tuan] = ['hoa', 'binh', 'tuan'].map((who) => uniqueEmail(who));
  const csv = [
    'Họ và tên,Email,Đơn vị,Nhãn',
    `Đặng Thị Hoa,${hoa},HTX Gốm Bát Tràng,${tag}`,
    `Trần Văn Bình,${binh},Công ty Mây tre Việt,${tag}`,
    `Lê Minh Tuấn,${tuan},,${tag}`,
    `Người Sai Email,khong-phai-email,,${tag}`,
    `,khuyet-ten@example.vn,,${tag}`,
    `Đặng Thị Hoa,${hoa.toUpperCase()},HTX Gốm Bát Tràng (chi nhánh),${tag}`,
  ].join('\n');
  await signIn(page, DEMO.organiser);
  await page.goto('/organiser/visitors');
  await expect(page.getByRole('heading', { name: 'Khách mời', level: 1 })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'khach-moi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });

  await expect(page.getByText('Đã nhập xong khach-moi.csv')).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: 'Tiến độ nhập khach-moi.csv: 100%' }),
  ).toBeVisible();
  await expect(page.getByText('3 khách mới')).toBeVisible();
  await expect(page.getByText('2 dòng bị từ chối')).toBeVisible();
  // The repeated address is told, not silently folded in.
  await expect(page.getByText(/^1 dòng trùng email với khách đã có/)).toBeVisible();
  const merged = page.getByRole('table').filter({ hasText: 'Gộp vào khách' });
  await expect(merged.getByRole('row').nth(1)).toHaveText(
    new RegExp(`^7\\s*Đặng Thị Hoa · ${hoa}\\s*Đơn vị$`),
  );
  const refused = page.getByRole('table').filter({ hasText: 'Lý do' });
  await expect(refused.getByRole('row')).toHaveText([
    /Dòng\s*Cột\s*Lý do/,
    /^5\s*Email\s*Email is not a valid address/,
    /^6\s*Họ và tên\s*Name is empty/,
  ]);
  await expectAccessible(page);
  await page.screenshot({ ...shot('visitors-import'), fullPage: true });

  // Typed without accents, the search finds the name with them (Đ read as D).
  await page.getByLabel('Nhãn', { exact: true }).fill(tag);
  await expect(page.getByText('3 khách', { exact: true })).toBeVisible();
  await page.getByLabel('Tìm theo tên, đơn vị hoặc email').fill('dang thi hoa');
  await expect(page.getByText('1 khách', { exact: true })).toBeVisible();
  const visitors = page.getByRole('table').filter({ hasText: 'Ngôn ngữ thư' });
  await expect(visitors.getByRole('row')).toHaveCount(2);
  const row = visitors.getByRole('row', { name: /Đặng Thị Hoa/ });
  await expect(row).toContainText('HTX Gốm Bát Tràng (chi nhánh)');
  await expect(row).toContainText(tag);
  await page.screenshot(shot('visitors-search'));
});

test('the organiser composes a campaign with a live preview, sends it, watches it finish and reminds', async ({
  page,
}) => {
  test.slow();
  const fair = await openFairWithApplicants(page.request, 'Hội chợ thư mời', []);
  const o = await organiser(page.request);
  const tag = uniqueTag('moi');
  const an = uniqueEmail('an');
  const john = uniqueEmail('john');
  await addVisitor(o, { name: 'Nguyễn Văn An', email: an, tags: [tag], language: 'vi' });
  await addVisitor(o, { name: 'John Smith', email: john, tags: [tag], language: 'en' });

  await signIn(page, DEMO.organiser);
  await page.goto('/organiser/campaigns');
  await expect(page.getByRole('heading', { name: 'Thư mời', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Tạo đợt thư mời' }).click();
  await page.getByRole('combobox', { name: 'Hội chợ' }).click();
  await page.getByRole('option', { name: fair.name }).click();
  await page.getByLabel('Tên đợt thư mời').fill(`Khách mua – ${tag}`);
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('heading', { name: `Khách mua – ${tag}`, level: 1 })).toBeVisible();

  // What is typed shows in the letter the API renders, before anything is saved.
  await page.getByLabel('Tiêu đề (Tiếng Việt)').fill('Kính mời {{name}} đến {{fair}}');
  await page.getByLabel('Nội dung (Tiếng Việt)').fill('Mời Quý khách xem gian hàng mây tre đan.');
  await expect(page.getByText(`Tiêu đề: Kính mời Nguyễn Văn An đến ${fair.name}`)).toBeVisible();
  const letter = page.frameLocator('iframe[sandbox]');
  await expect(letter.getByText('Mời Quý khách xem gian hàng mây tre đan.')).toBeVisible();
  await page.getByRole('tab', { name: 'Tiếng Anh' }).click();
  await page.getByLabel('Tiêu đề (Tiếng Anh)').fill('{{name}}, welcome to {{fair}}');
  await expect(page.getByText(/^Tiêu đề: Nguyễn Văn An, welcome to/)).toBeVisible();
  await page.getByText('Điện thoại (390 px)').click();
  await expect(page.locator('iframe[sandbox]')).toHaveCSS('width', '390px');
  await page.screenshot(shot('campaign-preview-phone'));
  await page.getByText('Máy tính').click();

  // A new draft is addressed to the whole list; these invitations go to one tag's visitors.
  await page.getByLabel('Mọi khách trong danh sách (trừ người đã từ chối nhận thư)').uncheck();
  await page.getByRole('combobox', { name: 'Nhãn' }).fill(tag);
  await page.keyboard.press('Enter');
  await expectAccessibleAround(page, 'iframe[sandbox]');
  await page.screenshot(shot('campaign-compose'));
  await page.getByRole('button', { name: 'Gửi thư mời…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Gửi thư mời đến 2 khách?' });
  await expect(confirm.getByText('2 thư mời sẽ được gửi ngay')).toBeVisible();
  await confirm.getByRole('button', { name: 'Gửi 2 thư mời' }).click();

  // The screen follows the sending to its end by itself.
  await expect(page.getByText('Đã gửi xong: 2 thư được máy chủ thư nhận.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.getByRole('img', { name: /Được mời 2, Đã gửi 2, Đã mở 0, Nhận lời 0, Đã đến 0/ }),
  ).toBeVisible();
  const vi = await mailTo(page.request, an);
  expect(vi.subject).toBe(`Kính mời Nguyễn Văn An đến ${fair.name}`);
  const en = await mailTo(page.request, john);
  expect(en.subject).toBe(`John Smith, welcome to ${fair.name}`);
  await expectAccessible(page);
  await page.screenshot({ ...shot('campaign-sent'), fullPage: true });

  // A reminder to those who have not answered, after the count is confirmed.
  await page.getByRole('button', { name: 'Gửi nhắc…' }).click();
  const remind = page.getByRole('dialog', { name: 'Gửi thư nhắc đến 2 khách?' });
  await remind.getByRole('button', { name: 'Gửi 2 thư nhắc' }).click();
  await expect(page.getByText(/Chưa trả lời · đã gửi 2$/)).toBeVisible();
  await mailTo(page.request, an, (m) => m.subject.startsWith('Nhắc lại'));
});

test('the organiser finds a refused mail in the log and re-sends it once the address works', async ({
  page,
}) => {
  const fair = await openFairWithApplicants(page.request, 'Hội chợ nhật ký thư', []);
  const o = await organiser(page.request);
  const lost = uniqueEmail('hop-thu-day');
  await page.request.put(`/dev/mailbox/unreachable/${lost}`);
  const visitorId = await addVisitor(o, { name: 'Phạm Thu Hà', email: lost, tags: [] });
  await sentCampaign(o, fair.fairId, [visitorId]);

  await signIn(page, DEMO.organiser);
  await page.goto('/organiser/messages');
  await expect(page.getByRole('heading', { name: 'Thư đã gửi', level: 1 })).toBeVisible();
  await page.getByLabel('Tìm theo địa chỉ người nhận').fill(lost);
  const row = page.getByRole('row', { name: new RegExp(lost) });
  await expect(row.getByText('Thất bại')).toBeVisible();
  await expect(row).toContainText(`550 5.1.1 <${lost}>: mailbox unavailable`);
  await expectAccessible(page);
  await page.screenshot(shot('delivery-failed'));

  await page.request.delete(`/dev/mailbox/unreachable/${lost}`);
  await row.getByRole('button', { name: `Gửi lại thư đến ${lost}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Gửi lại 1 thư?' });
  await expect(confirm.getByText(`đến ${lost} sẽ được gửi lại`)).toBeVisible();
  await confirm.getByRole('button', { name: 'Gửi lại thư' }).click();
  await expect(row.getByText('Đã gửi')).toBeVisible();
  await expect(row).toContainText('250');
  await mailTo(page.request, lost);
  await page.screenshot(shot('delivery-resent'));
});

test('the organiser follows the waiting list: offers, time left, a decline passed on, more offers', async ({
  page,
}) => {
  test.slow();
  const fair = await waitlistWithADecline(page.request);
  const [first, second, third] = fair.queue;
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/waitlist`);
  await expect(page.getByRole('tab', { name: 'Danh sách chờ' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const offers = page.getByRole('table').filter({ hasText: 'Hết hạn' });
  const declined = offers.getByRole('row', { name: new RegExp(first.name) });
  await expect(declined).toContainText('Đã từ chối');
  const passed = offers.getByRole('row', { name: new RegExp(second.name) });
  await expect(passed).toContainText('Chờ trả lời');
  await expect(passed).toContainText('A-01');
  await expect(passed).toContainText(/còn (23|24) giờ/);
  await expect(page.getByText('Gian còn trống (19)')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ ...shot('waitlist'), fullPage: true });

  await page.getByRole('button', { name: 'Mời nhận gian trống…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mời nhận 19 gian trống?' });
  await expect(confirm.getByText(/có 48 giờ để trả lời/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Gửi lời mời' }).click();
  await expect(page.getByText(/^Đã gửi \d+ lời mời nhận gian$/)).toBeVisible();
  await expect(offers.getByRole('row', { name: new RegExp(third.name) })).toContainText(
    'Chờ trả lời',
  );
  await mailTo(page.request, third.email, (m) => m.subject.startsWith('Mời nhận gian hàng'));
});
