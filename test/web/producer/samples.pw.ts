import { expect, expectAccessible, linkIn, mailTo, PHONE, signIn, test } from '../support/fixtures';
import {
  organiserApi,
  product,
  publishedFair,
  publishedProducer,
  showcase,
} from '../support/showcase-world';

test.use({ viewport: PHONE });

test('a producer sees its showcase samples by where they stand: to send, received, on display, returned', async ({
  page,
}) => {
  const producer = await publishedProducer(page.request, 'HTX Mây tre đan Mẫu Thử');
  const [lamp, basket, tray, vase, mat] = [
    await product(producer, 'Chao đèn mây', 'Rattan lamp shade'),
    await product(producer, 'Giỏ tre đan', 'Woven bamboo basket'),
    await product(producer, 'Khay mây', 'Rattan tray'),
    await product(producer, 'Lọ hoa cói', 'Sedge vase'),
    await product(producer, 'Chiếu cói', 'Sedge mat'),
  ];
  const organiser = await organiserApi();
  const room = await showcase(organiser, await publishedFair(organiser));
  await room.sample(producer, lamp);
  const received = await room.sample(producer, basket);
  const shown = await room.sample(producer, tray);
  const back = await room.sample(producer, vase);
  const receive = { step: 'receive', by: 'Trần Thị Bình', condition: 'good' };
  for (const id of [received, shown, back]) await room.step(id, receive);
  for (const id of [shown, back]) await room.step(id, { step: 'display', location: 'Kệ 3' });
  await room.step(back, { step: 'return', signedOffBy: 'Nguyễn Thị Thử' });
  await room.invite(producer, mat);
  const returned = await mailTo(page.request, producer.email, (m) =>
    m.subject.startsWith('Mẫu S-0004'),
  );

  // The return mail's link opens the samples screen.
  await signIn(page, producer.email, producer.password);
  await page.goto(linkIn(returned, '/producer/samples'));
  await expect(page.getByRole('heading', { name: 'Mẫu trưng bày', level: 1 })).toBeVisible();
  const group = (name: string) => page.getByRole('region', { name });
  await expect(group('Chờ gửi đến').getByRole('article')).toHaveCount(1);
  await expect(group('Chờ gửi đến')).toContainText('Chao đèn mây');
  await expect(group('Ban tổ chức đã nhận')).toContainText('Giỏ tre đan');
  await expect(group('Đang trưng bày')).toContainText('Khay mây');
  await expect(group('Đang trưng bày')).toContainText('Vị trí: Kệ 3');
  await expect(group('Đã trả lại')).toContainText('Lọ hoa cói');
  await expect(group('Đã trả lại')).toContainText('Khu trưng bày: Tinh hoa mây tre đan');
  await expect(group('Đã trả lại')).toContainText('2 mẫu · giá trị khai báo 2.500.000 ₫');
  await expect(group('Lời mời, đề xuất')).toContainText('Ban tổ chức mời');
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/samples.png', fullPage: true });

  // The producer accepts the organisers' invitation, after saying what it commits to.
  await group('Lời mời, đề xuất').getByRole('button', { name: 'Nhận lời' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhận lời trưng bày Chiếu cói?' });
  await expect(dialog).toContainText('Bạn sẽ gửi 2 mẫu (giá trị khai báo 2.500.000 ₫)');
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/samples-accept.png' });
  await dialog.getByRole('button', { name: 'Nhận lời' }).click();
  await expect(group('Chờ gửi đến').getByRole('article')).toHaveCount(2);
  await expect(group('Chờ gửi đến')).toContainText('Mã nhãn S-0005');
  await expect(group('Lời mời, đề xuất')).toHaveCount(0);

  // One status at a time, kept in the address.
  // A chip is a radio under its label (the input itself is hidden): tapped by its label.
  const chip = (name: string) => page.locator('label', { hasText: name });
  await chip('Đang trưng bày (1)').click();
  await expect(page.getByRole('radio', { name: 'Đang trưng bày (1)' })).toBeChecked();
  await expect(page).toHaveURL(/status=on_display/);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('Khay mây');
  await chip('Lời mời, đề xuất (0)').click();
  await expect(page.getByText('Không có lời mời hay đề xuất nào đang chờ.')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/samples-filter.png', fullPage: true });
});
