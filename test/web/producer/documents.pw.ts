import { expect, expectAccessible, PHONE, signIn, signUpProducer, test } from '../support/fixtures';
import { shoot } from './support/catalogue';

test.use({ viewport: PHONE });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

test('a producer uploads its OCOP certificate on a phone; a renamed text file is refused by its content', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Mây tre Giấy Tờ');
  await signIn(page, producer.email, producer.password);
  await page.goto('/producer/documents?kind=ocop_certificate');
  await expect(page.getByRole('heading', { name: 'Giấy tờ của cơ sở' })).toBeVisible();
  await expect(page.getByText('Chưa có giấy tờ nào')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Loại giấy tờ' })).toHaveValue(
    'Giấy chứng nhận OCOP',
  );
  await page.getByRole('textbox', { name: 'Ngày cấp' }).fill('01/07/2025');
  await page.getByRole('textbox', { name: 'Ngày cấp' }).press('Tab');
  await page.getByRole('textbox', { name: 'Ngày hết hạn (nếu có)' }).fill('30/06/2028');
  await page.getByRole('textbox', { name: 'Ngày hết hạn (nếu có)' }).press('Tab');

  // A text file named like a PDF: the API looks at its bytes and names the file field.
  const fileInput = page.locator('input[type=file]');
  await fileInput.setInputFiles({
    name: 'chung-nhan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Giấy chứng nhận OCOP 4 sao', 'utf8'),
  });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expect(
    page.getByText('tệp phải là PDF, JPEG hoặc PNG (kiểm tra theo nội dung, không theo tên tệp)'),
  ).toBeVisible();

  await fileInput.setInputFiles({
    name: 'chung-nhan.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  const card = page.getByTestId('document');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Giấy chứng nhận OCOP');
  await expect(card).toContainText('Chờ kiểm tra');
  await expect(card).toContainText('Hết hạn: 30/06/2028');
  await expect(card.getByRole('link', { name: 'Xem tệp chung-nhan.pdf' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'producer-documents');
});
