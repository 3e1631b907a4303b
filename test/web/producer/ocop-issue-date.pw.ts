import { expect, expectAccessible, PHONE, signIn, signUpProducer, test } from '../support/fixtures';
import { shoot } from './support/catalogue';

test.use({ viewport: PHONE });

test('a producer gives the OCOP certificate’s issue date; an expiry past 36 months is refused beside the field', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Mây tre Ngày Cấp');
  await signIn(page, producer.email, producer.password);
  await page.goto('/producer/products/new');
  await page.getByRole('textbox', { name: 'Tên sản phẩm', exact: true }).fill('Giỏ mây');
  await page.getByLabel('Loại sản phẩm').fill('Giỏ');
  await page.getByRole('combobox', { name: 'Hạng OCOP' }).click();
  await page.getByRole('option', { name: '4 sao' }).click();
  await page.getByRole('textbox', { name: 'Ngày cấp giấy chứng nhận OCOP' }).fill('01/07/2024');
  await page.keyboard.press('Escape');
  const expiry = page.getByRole('textbox', { name: 'Ngày hết hạn giấy chứng nhận OCOP' });
  await expiry.fill('02/07/2027');
  await page.keyboard.press('Escape');

  const posts: string[] = [];
  page.on(
    'request',
    (r) => r.method() === 'POST' && r.url().endsWith('/products') && posts.push(r.url()),
  );
  await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
  await expect(
    page.getByText('Giấy chứng nhận OCOP có hiệu lực tối đa 36 tháng: hạn muộn nhất là 01/07/2027'),
  ).toBeVisible();
  expect(posts).toEqual([]);
  await expectAccessible(page);
  await shoot(page, 'product-ocop-issue-date');

  await expiry.fill('01/07/2027');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
  await expect(page).toHaveURL(/\/producer\/products\/[0-9a-f-]{36}$/);
  const products = await page.request.get(`/api/v1/producers/${producer.producerId}/products`);
  const [saved] = (await products.json()).items;
  expect(saved.ocop).toEqual({ stars: 4, expiresOn: '2027-07-01', issuedOn: '2024-07-01' });
});
