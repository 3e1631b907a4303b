import {
  expect,
  expectAccessible,
  linkIn,
  mailTo,
  PHONE,
  signUpProducer,
  test,
  uniqueEmail,
} from '../support/fixtures';

test.use({ viewport: PHONE });

test('a cooperative signs up, confirms its email from the link and signs in', async ({ page }) => {
  const email = uniqueEmail('htx');
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: 'Đăng ký cơ sở sản xuất' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Hợp tác xã', { exact: true }).check();
  await page.getByLabel('Tên cơ sở').fill('HTX Gốm Bát Tràng Xanh');
  await page.getByLabel('Họ và tên người đăng ký').fill('Lê Văn Gốm');
  await page.getByLabel('Email').fill(email);
  await page
    .getByRole('textbox', { name: 'Mật khẩu', exact: true })
    .fill('đất sét nung lửa đỏ 2026');
  const signUps: string[] = [];
  page.on('request', (r) => r.url().endsWith('/producers/sign-up') && signUps.push(r.method()));
  await page.getByRole('button', { name: 'Đăng ký' }).dblclick();
  await expect(page.getByText(`Chúng tôi đã gửi thư đến ${email}`)).toBeVisible();
  expect(signUps).toEqual(['POST']);

  const mail = await mailTo(page.request, email);
  await page.goto(linkIn(mail, '/account/verify-email'));
  await expect(page.getByRole('heading', { name: 'Xác nhận email' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Xác nhận email' }).click();
  await expect(page.getByText('Email của bạn đã được xác nhận')).toBeVisible();
  // The same link again (as after a mail scanner used it first): confirmed, not an error.
  await page.goto(linkIn(mail, '/account/verify-email'));
  await page.getByRole('button', { name: 'Xác nhận email' }).click();
  await expect(page.getByText('Email này đã được xác nhận rồi')).toBeVisible();

  await page.getByRole('link', { name: 'Đăng nhập' }).last().click();
  await page.getByLabel('Email').fill(email);
  await page
    .getByRole('textbox', { name: 'Mật khẩu', exact: true })
    .fill('đất sét nung lửa đỏ 2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/producer$/);
});

test('sign-in names a wrong password in the user’s language', async ({ page }) => {
  const producer = await signUpProducer(page.request);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(producer.email);
  await page
    .getByRole('textbox', { name: 'Mật khẩu', exact: true })
    .fill('not the password at all');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Email hoặc mật khẩu không đúng');
  await expectAccessible(page);
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // The API answers in the language the screen now speaks.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Email or password is wrong');
});

test('a forgotten password is reset from the mailed link, and the old one stops working', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request);
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await page.getByLabel('Email').fill(producer.email);
  await page.getByRole('button', { name: 'Gửi đường dẫn' }).click();
  await expect(page.getByText('thư hướng dẫn đã được gửi')).toBeVisible();
  await expectAccessible(page);

  const mail = await mailTo(page.request, producer.email, (m) => m.text.includes('reset-password'));
  await page.goto(linkIn(mail, '/account/reset-password'));
  await page
    .getByRole('textbox', { name: 'Mật khẩu mới', exact: true })
    .fill('một mật khẩu mới rất dài');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu khác hẳn');
  await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  await expect(page.getByText('Hai mật khẩu chưa giống nhau')).toBeVisible();
  await page.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu mới rất dài');
  await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  await expect(page.getByText('Mật khẩu đã được đổi')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/signin');
  await page.getByLabel('Email').fill(producer.email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(producer.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Mật khẩu', exact: true })
    .fill('một mật khẩu mới rất dài');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/producer$/);
});

test('“my sessions” lists this device and signs another one out', async ({ page, browser }) => {
  const producer = await signUpProducer(page.request);
  const phone = await browser.newContext({
    baseURL: process.env.WEB_BASE_URL,
    userAgent: 'Điện thoại cũ',
  });
  const lost = await phone.newPage();
  await lost.goto('/signin');
  await lost.getByLabel('Email').fill(producer.email);
  await lost.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(producer.password);
  await lost.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(lost).toHaveURL(/\/producer$/);

  await page.goto('/signin');
  await page.getByLabel('Email').fill(producer.email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(producer.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/producer$/);
  await page.goto('/account/sessions');
  await expect(page.getByText('Thiết bị này')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Đăng xuất thiết bị' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Đăng xuất thiết bị' }).click();
  await expect(page.getByText('Điện thoại cũ')).toHaveCount(0);

  await lost.reload();
  await expect(lost).toHaveURL(/\/signin\?next=/);
  await phone.close();
});
