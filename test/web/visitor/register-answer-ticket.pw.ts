import type { Browser } from '@playwright/test';
import { expect, expectAccessible, linkIn, mailTo, PHONE, test } from '../support/fixtures';
import { demoOrganiser, openFair } from '../producer/support/applications';

// A visitor on a phone whose browser runs no JavaScript: every page and form must work.
test.use({ viewport: PHONE, javaScriptEnabled: false });

/**
 * axe is a script: it checks the same page in a second phone context that runs scripts (the
 * page is the same HTML either way), with the width check that needs the layout read.
 */
async function expectAccessibleAndFitting(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({
    viewport: PHONE,
    baseURL: process.env.WEB_BASE_URL,
    javaScriptEnabled: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await expectAccessible(page);
    const width = await page
      .locator('html')
      .evaluate((html) => (html as { scrollWidth: number }).scrollWidth);
    expect(width, `${url}: no sideways scrolling`).toBeLessThanOrEqual(PHONE.width);
  } finally {
    await context.close();
  }
}

test('a visitor registers on the fair’s page, changes the answer and gets the ticket, without JavaScript', async ({
  page,
  browser,
}) => {
  const fair = await openFair(await demoOrganiser());
  const email = `khach.${Date.now()}@example.vn`;

  await page.goto(`/fairs/${fair.id}`);
  await expect(page.getByRole('heading', { level: 1, name: fair.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đăng ký tham quan' })).toBeVisible();
  await expectAccessibleAndFitting(browser, page.url());
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
  await page.goto(linkIn(mail, '/ticket').replace(/\/ticket$/, ''));
  await expect(page.getByText('Đã nhận lời')).toBeVisible();
  await expectAccessibleAndFitting(browser, page.url());
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
  await expectAccessibleAndFitting(browser, page.url());
  await page.screenshot({ path: '.data/test/screens/visitor-ticket-390.png', fullPage: true });

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
