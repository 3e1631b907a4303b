import { expect, expectAccessible, linkIn, mailTo, PHONE, test } from '../support/fixtures';
import { demoOrganiser, openFair } from '../producer/support/applications';

// A visitor on a phone whose browser runs no JavaScript: every page and form must work.
test.use({ viewport: PHONE, javaScriptEnabled: false });

test('a visitor registers on the fair’s page, changes the answer and gets the ticket, without JavaScript', async ({
  page,
}) => {
  const fair = await openFair(await demoOrganiser());
  const email = `khach.${Date.now()}@example.vn`;

  await page.goto(`/fairs/${fair.id}`);
  await expect(page.getByRole('heading', { level: 1, name: fair.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đăng ký tham quan' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/visitor-fair-390.png', fullPage: true });

  await page.getByLabel('Họ và tên').fill('Trịnh Thu Hà');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/Số khách đi cùng/).fill('1');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page).toHaveURL(new RegExp(`/fairs/${fair.id}/registered\\?lang=vi$`));
  await expect(page.getByRole('heading', { name: 'Đã nhận đăng ký' })).toBeVisible();
  await expect(page.getByText('Vui lòng kiểm tra hộp thư')).toBeVisible();

  // The mailed link: the invitation, already accepted by the registration.
  const mail = await mailTo(page.request, email);
  const ticketLink = linkIn(mail, '/ticket');
  await page.goto(ticketLink.replace(/\/ticket$/, ''));
  await expect(page.getByText('Đã nhận lời')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/visitor-invitation-390.png', fullPage: true });

  // Bringing one more guest: the form posts, the browser lands on the ticket (Post/Redirect/Get).
  await page.getByLabel(/Số khách đi cùng/).fill('2');
  await page.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(page).toHaveURL(/\/ticket\?lang=vi&saved=1$/);
  await expect(page.getByRole('status')).toHaveText('Cảm ơn, câu trả lời đã được ghi nhận.');
  await expect(page.getByText('Trịnh Thu Hà (kèm 2 khách)')).toBeVisible();
  const qr = page.getByRole('img', { name: /Mã QR vé tham dự .* của Trịnh Thu Hà/ });
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())!.width).toBeGreaterThan(200);
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/visitor-ticket-390.png', fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);

  // The downloads are plain links.
  const pdf = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Vé in (PDF)' }).click();
  expect((await pdf).suggestedFilename()).toBe('ve-hoi-cho.pdf');
  const ics = await page.request.get(
    (await page.getByRole('link', { name: 'Thêm vào lịch (.ics)' }).getAttribute('href'))!,
  );
  expect(await ics.text()).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:');

  // The same page in English, by the switch every page carries.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Printable ticket (PDF)' })).toBeVisible();
});
