import { expect, expectAccessible, PHONE, signUpProducer, test } from '../support/fixtures';
import { demoOrganiser, openFair } from './support/applications';

test.use({ viewport: PHONE });

test('anyone finds a fair open for applications, reads its call, and signs in to apply', async ({
  page,
}) => {
  const fair = await openFair(await demoOrganiser());
  const producer = await signUpProducer(page.request, 'HTX Gốm Bát Tràng Thử');

  // Signed out: the public list of fairs taking applications, no organiser's id needed.
  await page.goto('/producer/fairs');
  await expect(page.getByRole('heading', { name: 'Hội chợ đang nhận hồ sơ' })).toBeVisible();
  const card = page.getByRole('link', { name: fair.name });
  await expect(card).toContainText('Cung Văn hóa Hữu nghị Việt Xô');
  await expect(card).toContainText('Gian hàng từ 12.000.000 ₫');
  await expect(card).toContainText('Đang nhận hồ sơ');
  await expect(card).toContainText('Hỗ trợ đến 50%');
  await expect(card).toContainText('Hạn nộp hồ sơ:');
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/find-a-fair-list.png' });

  // The call: fees, the support programme and its rule, and the way in.
  await card.click();
  await expect(page.getByRole('heading', { name: fair.name })).toBeVisible();
  await expect(page.getByText('Gian tiêu chuẩn 3×3')).toBeVisible();
  await expect(page.getByText('Hỗ trợ 50% phí gian hàng')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/find-a-fair-call.png', fullPage: true });
  await page.getByRole('link', { name: 'Đăng nhập để đăng ký' }).click();

  // Signing in lands back on the call, now with the application form a tap away.
  await page.getByLabel('Email').fill(producer.email);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(producer.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`/producer/fairs/${fair.id}`));
  await page.getByRole('link', { name: 'Đăng ký tham gia' }).click();
  await expect(page).toHaveURL(new RegExp(`/producer/fairs/${fair.id}/apply$`));
  await expect(page.getByRole('heading', { name: 'Đăng ký tham gia' })).toBeVisible();
});
