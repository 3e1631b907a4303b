import { expect, expectAccessible, PHONE, signIn, signUpProducer, test } from '../support/fixtures';
import { cameraPhoto, jpegSize, shoot } from './support/catalogue';

test.use({ viewport: PHONE });

test('a producer adds a product with a camera photo, shrunk on the phone before upload', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Mây tre Danh Mục');
  await signIn(page, producer.email, producer.password);
  const products = `/api/v1/producers/${producer.producerId}/products`;

  await page.goto('/producer/products');
  await expect(page.getByText('Chưa có sản phẩm nào.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'products-empty');
  await page.getByRole('link', { name: 'Thêm sản phẩm' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm sản phẩm' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Tên sản phẩm', exact: true }).fill('Chao đèn mây');
  await page.getByLabel('Loại sản phẩm').fill('Đèn, chao đèn');
  const materials = page.getByRole('combobox', { name: 'Nguyên liệu' });
  await materials.fill('mây');
  await materials.press('Enter');
  await materials.fill('tre');
  await materials.press('Enter');
  await page.getByLabel('Giá thấp nhất (₫)').fill('550000');
  await page.getByLabel('Giá cao nhất (₫)').fill('350000');
  await page.getByLabel('Số lượng đặt tối thiểu').fill('50');
  await page.getByRole('combobox', { name: 'Hạng OCOP' }).click();
  await page.getByRole('option', { name: '4 sao' }).click();
  await page.getByRole('textbox', { name: 'Ngày hết hạn giấy chứng nhận OCOP' }).fill('30/06/2027');
  await expectAccessible(page);
  await shoot(page, 'product-new');
  // The calendar opened by typing closes as the user moves on; it would cover the button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '10 tháng 6 2027' })).toHaveCount(0);

  const posts: string[] = [];
  page.on(
    'request',
    (r) => r.method() === 'POST' && r.url().endsWith('/products') && posts.push(r.url()),
  );
  await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
  await expect(page.getByText('Giá cao nhất phải từ giá thấp nhất trở lên')).toBeVisible();
  expect(posts).toEqual([]);
  await page.getByLabel('Giá thấp nhất (₫)').fill('350000');
  await page.getByLabel('Giá cao nhất (₫)').fill('550000');

  await page.getByRole('button', { name: 'Lưu sản phẩm' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Chao đèn mây' })).toBeVisible();
  await expect(page).toHaveURL(/\/producer\/products\/[0-9a-f-]{36}$/);
  expect(posts).toHaveLength(1);
  const page1 = await (await page.request.get(products)).json();
  expect(page1.total).toBe(1);

  const original = await cameraPhoto(page);
  await page
    .locator('input[type=file]:not([capture])')
    .setInputFiles({ name: 'IMG_2026.jpg', mimeType: 'image/jpeg', buffer: original });
  const photo = page.getByRole('img', { name: 'Ảnh 1 của Chao đèn mây' });
  await expect(photo).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'product-with-photo');

  const [stored] = (await (await page.request.get(products)).json()).items[0].photos;
  expect(stored.contentType).toBe('image/jpeg');
  expect(stored.sizeBytes).toBeLessThan(original.length);
  const bytes = await (await page.request.get(stored.url)).body();
  expect(bytes.length).toBe(stored.sizeBytes);
  expect(jpegSize(bytes)).toEqual({ width: 1600, height: 1200 });

  await page.getByRole('link', { name: 'Quay lại' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Chao đèn mây' });
  await expect(row.getByRole('img', { name: 'Ảnh Chao đèn mây' })).toBeVisible();
  await expect(row).toContainText('Đèn, chao đèn · mây, tre');
  await expect(row).toContainText('350.000 ₫ – 550.000 ₫');
  await expect(row).toContainText('Đặt tối thiểu 50 sản phẩm');
  await expect(row).toContainText('OCOP 4 sao, hạn đến 30/06/2027');
  await expectAccessible(page);
  await shoot(page, 'products-list');

  // The same screen in English: no Vietnamese left but the producer's own words.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
  await expect(row).toContainText('Minimum order 50 pieces');
  await expect(row).toContainText('OCOP 4 stars, valid until 30/06/2027');
  await shoot(page, 'products-list-en');
});

test('a photo is deleted and a product edit is saved; another producer’s product is not found', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Gốm Sửa Sản Phẩm');
  const other = await signUpProducer(page.request, 'HTX Người Khác');
  await signIn(page, other.email, other.password);
  const created = await page.request.post(`/api/v1/producers/${other.producerId}/products`, {
    data: { nameVi: 'Bình gốm men lam', category: 'Gốm' },
    headers: { Origin: new URL(process.env.WEB_BASE_URL!).origin },
  });
  expect(created.status(), await created.text()).toBe(201);
  const othersProduct = (await created.json()).id;

  await signIn(page, producer.email, producer.password);
  await page.goto(`/producer/products/${othersProduct}`);
  await expect(page.getByText('Không tìm thấy trang')).toBeVisible();

  await page.goto('/producer/products/new');
  await page.getByRole('textbox', { name: 'Tên sản phẩm', exact: true }).fill('Bát gốm');
  await page.getByLabel('Loại sản phẩm').fill('Gốm');
  await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
  await expect(page.getByRole('heading', { name: 'Bát gốm' })).toBeVisible();
  await page
    .locator('input[type=file]:not([capture])')
    .setInputFiles({ name: 'bat.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) });
  await expect(page.getByRole('img', { name: 'Ảnh 1 của Bát gốm' })).toBeVisible();
  // A file that is no image is named, and nothing is sent for it.
  await page.locator('input[type=file]:not([capture])').setInputFiles({
    name: 'ghi-chu.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('not a photo at all'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Chưa gửi được ảnh “ghi-chu.jpg”' }),
  ).toContainText('Chưa gửi được ảnh “ghi-chu.jpg”: tệp này không phải ảnh');
  await page.getByRole('button', { name: 'Xoá ảnh 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá ảnh 1' }).click();
  await expect(page.getByText('Chưa có ảnh. Hãy chụp hoặc chọn ảnh sản phẩm.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Tên sản phẩm', exact: true }).fill('Bát gốm men rạn');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { name: 'Bát gốm men rạn' })).toBeVisible();
  const list = await (
    await page.request.get(`/api/v1/producers/${producer.producerId}/products`)
  ).json();
  expect(list.items).toMatchObject([{ nameVi: 'Bát gốm men rạn', photos: [] }]);
});
