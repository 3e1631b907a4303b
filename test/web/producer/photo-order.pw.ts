import { expect, expectAccessible, PHONE, signIn, signUpProducer, test } from '../support/fixtures';
import { productPhotoPng } from '../support/png';
import { appOrigin } from './support/applications';
import { shoot } from './support/catalogue';

test.use({ viewport: PHONE });

test('a producer puts a product’s photos in order with the keyboard; the first is the cover', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Mây tre Thứ Tự Ảnh');
  await signIn(page, producer.email, producer.password);
  const products = `/api/v1/producers/${producer.producerId}/products`;
  const created = await page.request.post(products, {
    data: { nameVi: 'Giỏ mây', category: 'Mây tre đan' },
    headers: appOrigin(),
  });
  expect(created.status(), await created.text()).toBe(201);
  const productId = (await created.json()).id as string;
  const uploaded: string[] = [];
  for (const size of [64, 80, 96]) {
    const photo = await page.request.post(`${products}/${productId}/photos`, {
      multipart: {
        photo: { name: 'gio.png', mimeType: 'image/png', buffer: productPhotoPng(size) },
      },
      headers: appOrigin(),
    });
    expect(photo.status(), await photo.text()).toBe(201);
    uploaded.push((await photo.json()).id);
  }
  const order = async () =>
    (
      (await (await page.request.get(`${products}/${productId}`)).json()).photos as { id: string }[]
    ).map((p) => p.id);

  await page.goto(`/producer/products/${productId}`);
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('img', { name: 'Ảnh 1 của Giỏ mây' }) });
  await expect(first).toContainText('Ảnh bìa');
  await expect(page.getByRole('button', { name: 'Đưa ảnh 1 lên trước' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Đưa ảnh 3 ra sau' })).toBeDisabled();
  await expectAccessible(page);

  // The third photo, two places earlier, by keyboard alone: the focus stays with it.
  await page.getByRole('button', { name: 'Đưa ảnh 3 lên trước' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Ảnh đã chuyển đến vị trí 2');
  await expect(page.getByRole('button', { name: 'Đưa ảnh 2 lên trước' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Ảnh đã chuyển đến vị trí 1');
  // At the front its "earlier" button is off, so the focus moves to its "later" one.
  await expect(page.getByRole('button', { name: 'Đưa ảnh 1 ra sau' })).toBeFocused();
  expect(await order()).toEqual([uploaded[2], uploaded[0], uploaded[1]]);
  await expect(page.getByRole('img', { name: 'Ảnh 1 của Giỏ mây' })).toHaveAttribute(
    'src',
    new RegExp(`/photos/${uploaded[2]}$`),
  );
  await expectAccessible(page);
  await shoot(page, 'product-photo-order');

  // The catalogue's list shows the new cover.
  await page.goto('/producer/products');
  await expect(page.getByRole('img', { name: 'Ảnh Giỏ mây' })).toHaveAttribute(
    'src',
    new RegExp(`/photos/${uploaded[2]}$`),
  );
});
