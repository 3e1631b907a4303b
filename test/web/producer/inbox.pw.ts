import {
  type CapturedMail,
  expect,
  expectAccessible,
  linkIn,
  mailTo,
  PHONE,
  test,
} from '../support/fixtures';
import {
  formOldEnough,
  type MailHeaders,
  ok,
  organiserApi,
  product,
  publishedFair,
  publishedProducer,
  showcase,
} from '../support/showcase-world';

test.use({ viewport: PHONE });

test('a buyer’s inquiry reaches the producer by mail (Reply-To the buyer); its link signs in and opens the inquiry, marked replied, and the inbox filters', async ({
  page,
  browser,
}) => {
  const producer = await publishedProducer(page.request, 'HTX Mây tre đan Phú Vinh Mới');
  const lamp = await product(producer, 'Chao đèn mây', 'Rattan lamp shade');
  const organiser = await organiserApi();
  const fair = await publishedFair(organiser);
  await (await showcase(organiser, fair)).sample(producer, lamp);

  // A buyer on the product's public page (no account), in English.
  const buyer = await browser.newPage({ viewport: PHONE });
  await buyer.goto(`/catalogue/fairs/${fair.fairId}/products/${lamp}?lang=en`);
  await expect(buyer.getByRole('heading', { name: 'Rattan lamp shade' })).toBeVisible();
  await buyer.getByLabel('Name', { exact: true }).fill('Anna Schmidt');
  await buyer.getByLabel('Company').fill('Nordic Home GmbH');
  await buyer.getByLabel('Email').fill('anna@nordichome.example');
  // A country by its name, as a buyer would write it (the code works too).
  await buyer.getByLabel(/^Country/).fill('Germany');
  await buyer.getByLabel('Quantity').fill('500');
  await buyer.getByLabel('Message').fill('Could you quote 500 lamp shades?\n\nShipped to Hamburg.');
  await formOldEnough(buyer);
  await buyer.getByRole('button', { name: 'Send' }).click();
  await expect(buyer.getByText('Thank you! The producer will answer by email.')).toBeVisible();
  await buyer.close();

  // The producer's mail: "Reply" writes to the buyer; its link is the inquiry's screen.
  const mail = (await mailTo(page.request, producer.email, (m) =>
    m.subject.startsWith('Yêu cầu mới'),
  )) as CapturedMail & MailHeaders;
  expect(mail.headers['reply-to']).toBe('Anna Schmidt <anna@nordichome.example>');
  const link = linkIn(mail, '/producer/inquiries/');
  expect(link).toMatch(/^\/producer\/inquiries\/[0-9a-f-]{36}$/);

  // Not signed in on this phone: sign in first, then land on the inquiry itself.
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?next=/);
  await page.getByLabel('Email').fill(producer.email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(producer.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${link}$`));
  await expect(page.getByRole('heading', { name: 'Từ Anna Schmidt' })).toBeVisible();
  await expect(page.getByText('Nordic Home GmbH')).toBeVisible();
  await expect(page.getByText('Đức')).toBeVisible();
  await expect(page.getByText('Shipped to Hamburg.')).toBeVisible();
  await expect(page.getByText('Chao đèn mây')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Ảnh sản phẩm Chao đèn mây' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem trang sản phẩm' })).toHaveAttribute(
    'href',
    `/catalogue/fairs/${fair.fairId}/products/${lamp}`,
  );
  await expect(page.getByRole('link', { name: 'Trả lời qua email' })).toHaveAttribute(
    'href',
    `mailto:anna%40nordichome.example?subject=${encodeURIComponent('Về: Chao đèn mây')}`,
  );
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/inquiry.png', fullPage: true });

  const patches: string[] = [];
  page.on('request', (r) => r.method() === 'PATCH' && patches.push(r.url()));
  await page.getByRole('button', { name: 'Đánh dấu đã trả lời' }).dblclick();
  await expect(page.getByText('Đã chuyển sang «Đã trả lời»')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đóng yêu cầu' })).toBeVisible();
  expect(patches).toHaveLength(1);

  // A second buyer asks through the public api; the inbox counts and filters both.
  const form = await ok<{ token: string }>(
    page.request.get(`/api/v1/catalogue/fairs/${fair.fairId}/inquiry-form`),
  );
  const issuedAt = Number(form.token.split('.')[0]);
  await expect.poll(() => Math.floor(Date.now() / 1000) - issuedAt).toBeGreaterThan(3);
  await ok(
    page.request.post(`/api/v1/catalogue/fairs/${fair.fairId}/products/${lamp}/inquiries`, {
      data: {
        name: 'Lê Hoa',
        email: 'hoa@phoco.example',
        country: 'VN',
        message: 'Cho tôi xin báo giá 50 chao đèn.',
        token: form.token,
      },
    }),
    202,
  );
  await page.getByRole('link', { name: 'Về danh sách yêu cầu' }).click();
  await expect(page.getByRole('heading', { name: 'Yêu cầu từ người mua' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Lọc theo trạng thái' });
  await expect(tabs.getByRole('tab', { name: /Mới\s*1/ })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: /Đã trả lời\s*1/ })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: /Đã đóng\s*0/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem yêu cầu của Lê Hoa' })).toBeVisible();
  await expect(page.getByText('Cho tôi xin báo giá 50 chao đèn.')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/inquiries-new.png', fullPage: true });

  await tabs.getByRole('tab', { name: /Đã trả lời/ }).click();
  await expect(page).toHaveURL(/status=replied/);
  await expect(page.getByRole('link', { name: 'Xem yêu cầu của Anna Schmidt' })).toBeVisible();
  await expect(page.getByText('Số lượng: 500')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem yêu cầu của Lê Hoa' })).toHaveCount(0);
  await page.screenshot({ path: '.data/test/screens/inquiries-replied.png', fullPage: true });
  await tabs.getByRole('tab', { name: /Đã đóng/ }).click();
  await expect(page.getByText('Chưa có yêu cầu nào đã đóng.')).toBeVisible();
  await expectAccessible(page);

  // In English, with the same data.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Buyer inquiries' })).toBeVisible();
  await expect(page.getByText('No inquiry is closed yet.')).toBeVisible();
  await page.screenshot({ path: '.data/test/screens/inquiries-en.png', fullPage: true });
});
