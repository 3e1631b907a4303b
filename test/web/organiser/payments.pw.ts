import type { Page } from '@playwright/test';
import {
  DESK,
  expect,
  expectAccessible,
  mailTo,
  PHONE,
  signIn,
  signUpProducer,
  test,
  DEMO,
} from '../support/fixtures';
import {
  applyAndSubmit,
  demoOrganiser,
  ok,
  openFair,
  type Organiser,
  signedInApi,
} from '../producer/support/applications';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `.data/test/screens/payments-${name}.png`, fullPage: true });

const ACCOUNT = {
  bankBin: '970436',
  accountNumber: '0011004123456',
  holder: 'Sở Công Thương Hà Nội',
};

/** A fair with `names.length` producers applied, approved and told (letters released). */
async function approvedFair(org: Organiser, names: string[], request: Page['request']) {
  await ok(
    await org.api.put(`/api/v1/organising-bodies/${org.bodyId}/bank-account`, { data: ACCOUNT }),
  );
  const fair = await openFair(org);
  const producers = [];
  for (const name of names) {
    const producer = await signUpProducer(request, name);
    const id = await applyAndSubmit(await signedInApi(producer.email, producer.password), fair.id);
    producers.push({ ...producer, applicationId: id });
  }
  const base = `/api/v1/fairs/${fair.id}`;
  await ok(
    await org.api.post(`${base}/applications/decisions`, {
      data: { decision: 'approved', applicationIds: producers.map((p) => p.applicationId) },
    }),
  );
  await ok(await org.api.post(`${base}/applications/decisions/release`, { data: {} }));
  const apps = await Promise.all(
    producers.map(async (p) =>
      ok<{ reference: string }>(await org.api.get(`${base}/applications/${p.applicationId}`)),
    ),
  );
  return { fair, producers: producers.map((p, i) => ({ ...p, reference: apps[i].reference })) };
}

test.describe('producer', () => {
  test.use({ viewport: PHONE });

  test('a producer sees the VietQR code of its deposit, and the decision letter carries it', async ({
    page,
  }) => {
    test.slow();
    const org = await demoOrganiser();
    const { producers } = await approvedFair(org, ['HTX Gốm Bát Tràng Mới'], page.request);
    const [producer] = producers;
    await signIn(page, producer.email, producer.password);
    await page.goto(`/producer/applications/${producer.applicationId}`);
    const card = page.getByTestId('vietqr-card');
    await expect(card.getByRole('heading', { name: 'Quét mã để chuyển khoản' })).toBeVisible();
    await expect(
      card.getByRole('img', { name: /Mã VietQR chuyển .* vào tài khoản 0011004123456/ }),
    ).toBeVisible();
    await expect(card.getByRole('row', { name: /Số tài khoản/ })).toContainText('0011004123456');
    await expect(card.getByRole('row', { name: /Chủ tài khoản/ })).toContainText(
      'SO CONG THUONG HA NOI',
    );
    await expect(card.getByRole('row', { name: /Nội dung chuyển khoản/ })).toContainText(
      producer.reference,
    );
    await expect(card.getByRole('row', { name: /^Số tiền/ })).toContainText(/6\.000\.000\s₫/);
    await expectAccessible(page);
    await shot(page, 'producer-qr');
    const letter = await mailTo(page.request, producer.email, (m) =>
      m.subject.includes('đã được duyệt'),
    );
    // The QR travels as an inline image (cid:…; the dev mailbox shows it as a data URI).
    expect(letter.html).toMatch(
      /<img src="(cid:payment-qr@hoicho|data:image\/png;base64,[^"]+)"[^>]*alt="Mã VietQR chuyển 6\.000\.000/,
    );
    expect(letter.text).toContain('Số tài khoản: 0011004123456');
    expect(letter.text).toContain(`Nội dung chuyển khoản: ${producer.reference}`);
  });
});

test.describe('organiser', () => {
  test.use({ viewport: DESK });

  test('an organiser imports a statement, settles the unmatched credit and records cash', async ({
    page,
  }) => {
    test.slow();
    const org = await demoOrganiser();
    const { fair, producers } = await approvedFair(
      org,
      ['HTX Lụa Vạn Phúc Mới', 'Cơ sở Khảm trai Chuyên Mỹ'],
      page.request,
    );
    const [silk, pearl] = producers;
    await signIn(page, DEMO.organiser);
    await page.goto(`/organiser/fairs/${fair.id}/payments`);
    await expect(page.getByRole('tab', { name: 'Thanh toán', selected: true })).toBeVisible();
    const payers = page.getByRole('table').first();
    await expect(payers.getByRole('row', { name: new RegExp(silk.reference) })).toContainText(
      'Chưa nộp',
    );

    const statement = [
      'Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung',
      `05/08/2027,FT1,"6.000.000","MBVCB.${silk.reference.replace('-', ' ').toLowerCase()} chuyen tien coc"`,
      '05/08/2027,FT2,"6.000.000","Chuyen tien gian hang Chuyen My"',
      '05/08/2027,FT3,"abc","loi"',
    ].join('\n');
    await page.getByRole('combobox', { name: 'Ngân hàng của sao kê' }).fill('Vietcombank');
    await page.getByRole('option', { name: /Vietcombank \(970436\)/ }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'sao-ke.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(statement, 'utf8'),
    });
    await page.getByRole('button', { name: 'Nhập sao kê' }).click();
    const result = page.getByTestId('import-result');
    await expect(result.getByRole('row', { name: 'Khớp đủ' })).toContainText('1');
    await expect(result.getByRole('row', { name: 'Không khớp' })).toContainText('1');
    await expect(result.getByText('Dòng 4: “abc” không phải số tiền (đồng)')).toBeVisible();
    await expect(payers.getByRole('row', { name: new RegExp(silk.reference) })).toContainText(
      'Đã nộp cọc',
    );
    await shot(page, 'organiser-imported');

    // The unmatched credit is the pearl workshop's: assign it.
    const open = page.getByRole('row', { name: /Chuyen tien gian hang Chuyen My/ });
    await open.getByRole('combobox', { name: 'Gán cho hồ sơ' }).fill(pearl.reference);
    await page.getByRole('option', { name: new RegExp(pearl.reference) }).click();
    await open.getByRole('button', { name: 'Gán' }).click();
    await expect(page.getByText('Không có khoản nào chờ xử lý.')).toBeVisible();
    await expect(payers.getByRole('row', { name: new RegExp(pearl.reference) })).toContainText(
      'Đã nộp cọc',
    );

    // The silk cooperative pays the rest in cash at the office.
    await payers
      .getByRole('row', { name: new RegExp(silk.reference) })
      .getByRole('button', { name: 'Ghi nhận tiền' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Tiền mặt').click();
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    const silkRow = payers.getByRole('row', { name: new RegExp(silk.reference) });
    await expect(silkRow).toContainText('Đã nộp đủ');
    await expect(silkRow.getByRole('link', { name: /Phiếu thu số/ })).toHaveCount(2);
    await expectAccessible(page);
    await shot(page, 'organiser-tab');
  });
});
