import {
  expect,
  expectAccessible,
  mailTo,
  PHONE,
  signIn,
  signUpProducer,
  test,
  uniqueEmail,
} from '../support/fixtures';
import { freshCccd, freshTaxCode, pick, shoot, withWrongCheckDigit } from './support/catalogue';

test.use({ viewport: PHONE });

test('a new cooperative fills its profile, sees the tax code checked as it types, and finds it saved after a reload', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Mây tre Hồ Sơ');
  await signIn(page, producer.email, producer.password);
  await page.goto('/producer/profile');
  await expect(page.getByRole('heading', { name: 'Hồ sơ cơ sở' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'profile-empty');

  const taxCode = freshTaxCode();
  const taxBox = page.getByRole('textbox', { name: 'Mã số thuế' });
  await taxBox.fill(taxCode.slice(0, 6));
  await expect(page.getByText('Đã nhập 6/10 chữ số')).toBeVisible();
  await taxBox.fill(withWrongCheckDigit(taxCode));
  await expect(page.getByText('Chữ số kiểm tra (chữ số cuối) không đúng')).toBeVisible();
  await expect(taxBox).toHaveAttribute('aria-invalid', 'true');
  await taxBox.fill(taxCode);
  await expect(page.getByText('Mã số thuế hợp lệ')).toBeVisible();
  await expect(taxBox).not.toHaveAttribute('aria-invalid', 'true');

  await pick(page, 'Tỉnh, thành phố', 'Thành phố Hà Nội', 'Hà Nội');
  await pick(page, 'Xã, phường', 'Xã Phú Nghĩa', 'phu nghia');
  await page.getByLabel('Số nhà, đường, thôn, xóm').fill('Thôn Phú Vinh');
  await pick(page, 'Làng nghề', 'Phú Vinh (được công nhận)', 'phu vinh');

  await page.getByRole('button', { name: 'Thêm người liên hệ' }).click();
  const contact = page.getByRole('group', { name: 'Người liên hệ 1' });
  await contact.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await contact.getByLabel('Chức vụ').fill('Chủ nhiệm HTX');
  // A number with the right length but no operator: only the API's phone library knows.
  await contact.getByLabel('Số điện thoại').fill('0712 345 678');
  const patches: string[] = [];
  page.on('request', (r) => r.method() === 'PATCH' && patches.push(r.url()));
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(contact.getByText('Số điện thoại chưa đúng')).toBeVisible();
  await expect(contact.getByLabel('Số điện thoại')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await shoot(page, 'profile-phone-error');
  // Nothing was half-saved: the refused request left the tax code and address unset.
  const untouched = await (
    await page.request.get(`/api/v1/producers/${producer.producerId}`)
  ).json();
  expect(untouched).toMatchObject({ taxCode: null, address: null, contacts: [] });

  await contact.getByLabel('Số điện thoại').fill('0912 345 678');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).dblclick();
  await expect(page.getByText('Đã lưu hồ sơ cơ sở')).toBeVisible();
  expect(patches).toHaveLength(2);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Mã số thuế' })).toHaveValue(taxCode);
  await expect(page.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true })).toHaveValue(
    'Thành phố Hà Nội',
  );
  await expect(page.getByRole('combobox', { name: 'Xã, phường', exact: true })).toHaveValue(
    'Xã Phú Nghĩa',
  );
  await expect(page.getByRole('combobox', { name: 'Làng nghề', exact: true })).toHaveValue(
    'Phú Vinh (được công nhận)',
  );
  const saved = page.getByRole('group', { name: 'Người liên hệ 1' });
  await expect(saved.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(saved.getByLabel('Số điện thoại')).toHaveValue('0912 345 678');
  await shoot(page, 'profile-saved');

  const stored = await (await page.request.get(`/api/v1/producers/${producer.producerId}`)).json();
  expect(stored).toMatchObject({
    taxCode,
    craftVillage: { name: 'Phú Vinh' },
    address: { provinceCode: '01', communeName: 'Xã Phú Nghĩa', detail: 'Thôn Phú Vinh' },
    contacts: [{ name: 'Nguyễn Văn An', phone: '+84912345678', title: 'Chủ nhiệm HTX' }],
  });
});

test('a household business must give the owner’s 12-digit CCCD', async ({ page }) => {
  const producer = await signUpProducer(page.request, 'Hộ Gốm Thử CCCD');
  await signIn(page, producer.email, producer.password);
  await page.goto('/producer/profile');
  await pick(page, 'Loại hình', 'Hộ kinh doanh');
  const cccdBox = page.getByRole('textbox', { name: 'Số CCCD của chủ hộ' });
  await expect(page.getByText('mã số thuế của hộ kinh doanh là số CCCD 12 chữ số')).toBeVisible();

  const cccd = freshCccd();
  await cccdBox.fill(cccd.slice(0, 11));
  await expect(page.getByText('Đã nhập 11/12 chữ số')).toBeVisible();
  const patches: string[] = [];
  page.on('request', (r) => r.method() === 'PATCH' && patches.push(r.url()));
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText('Nhập số CCCD 12 chữ số của chủ hộ')).toBeVisible();
  expect(patches).toEqual([]);
  await expectAccessible(page);
  await shoot(page, 'profile-household-cccd');

  await cccdBox.fill(cccd);
  await expect(page.getByText('Đủ 12 chữ số')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText('Đã lưu hồ sơ cơ sở')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Số CCCD của chủ hộ' })).toHaveValue(cccd);
  const stored = await (await page.request.get(`/api/v1/producers/${producer.producerId}`)).json();
  expect(stored).toMatchObject({ legalForm: 'household_business', taxCode: cccd });
});

test('a producer adds a member, who is mailed a link to set a password, then removes them', async ({
  page,
}) => {
  const producer = await signUpProducer(page.request, 'HTX Thêm Thành Viên');
  await signIn(page, producer.email, producer.password);
  await page.goto('/producer/profile');
  await expect(page.getByText(producer.email)).toBeVisible();

  const email = uniqueEmail('ketoan');
  const add = page.getByRole('form', { name: 'Thêm thành viên' });
  await add.getByLabel('Họ và tên').fill('Trần Thị Bình');
  await add.getByLabel('Email').fill(email);
  await add.getByRole('button', { name: 'Thêm và gửi thư mời' }).click();
  await expect(page.getByText(`Thư đặt mật khẩu đã được gửi đến ${email}`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText(
    'Chưa đặt mật khẩu',
  );
  await expectAccessible(page);
  await shoot(page, 'profile-members');
  await mailTo(page.request, email);

  // The same email again: the API's refusal is shown beside the email field, in Vietnamese.
  await add.getByLabel('Họ và tên').fill('Trần Thị Bình');
  await add.getByLabel('Email').fill(email);
  await add.getByRole('button', { name: 'Thêm và gửi thư mời' }).click();
  await expect(add.getByText('Email này đã có tài khoản')).toBeVisible();
  await expect(add.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

  // A member is removed after confirming; nobody can remove themselves.
  await expect(page.getByRole('button', { name: 'Bỏ Nguyễn Thị Thử' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Bỏ Trần Thị Bình' }).click();
  const confirm = page.getByRole('dialog', { name: 'Bỏ Trần Thị Bình khỏi cơ sở?' });
  await expect(confirm).toContainText(`${email} sẽ bị đăng xuất ngay`);
  await expectAccessible(page);
  await shoot(page, 'profile-member-remove');
  await confirm.getByRole('button', { name: 'Bỏ Trần Thị Bình' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);
  const listed = await (
    await page.request.get(`/api/v1/producers/${producer.producerId}/members`)
  ).json();
  expect(listed.map((m: { email: string }) => m.email)).toEqual([producer.email]);
});
