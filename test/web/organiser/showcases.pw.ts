import type { Page } from '@playwright/test';
import { DEMO, DESK, expect, expectAccessible, signIn, test } from '../support/fixtures';
import { fakeCameraLaunchOptions, writeCameraPicture } from '../support/fake-camera';
import {
  organiserApi,
  product,
  publishedFair,
  publishedProducer,
  showcase,
} from '../support/showcase-world';

// This file's browser has a fake camera that plays whatever picture the story writes.
test.use({ viewport: DESK, launchOptions: fakeCameraLaunchOptions() });

/** The page-side types these steps touch (this file compiles without the DOM library). */
interface Decodable {
  decode(): Promise<void>;
  naturalWidth: number;
}
interface Camera {
  navigator: { mediaDevices: { getUserMedia: () => Promise<unknown> } };
}

const shot = (name: string) => ({ path: `.data/test/screens/organiser-${name}.png` });

/** The printed label of one sample, as a PNG cut from its A4 sheet (rendered by Chromium). */
async function labelPicture(page: Page, svg: string): Promise<Buffer> {
  const sheet = await page.context().newPage();
  const width = 1240;
  const px = width / 210;
  await sheet.setContent(
    `<body style="margin:0;background:#fff"><img style="width:${width}px;display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  );
  await sheet.locator('img').evaluate((img) => (img as unknown as Decodable).decode());
  const png = await sheet.screenshot({
    clip: { x: 4.65 * px, y: 6 * px, width: 99.1 * px, height: 57 * px },
  });
  await sheet.close();
  return png;
}

test('the organiser scans a sample’s label to record its receipt, types a code when there is no camera, and prints labels', async ({
  page,
}) => {
  const producer = await publishedProducer(page.request, 'HTX Mây tre đan Quét Nhãn');
  const [lamp, tray] = [
    await product(producer, 'Chao đèn mây', 'Rattan lamp shade'),
    await product(producer, 'Khay mây', 'Rattan tray'),
  ];
  const organiser = await organiserApi();
  const fair = await publishedFair(organiser);
  const room = await showcase(organiser, fair, 'Tinh hoa mây tre đan Phú Vinh');
  await room.sample(producer, lamp);
  const second = await room.sample(producer, tray);
  await room.step(second, { step: 'receive', by: 'Trần Thị Bình', condition: 'good' });
  const label = await organiser.get(
    `/api/v1/fairs/${fair.fairId}/showcases/${room.showcaseId}/labels.svg`,
  );
  expect(label.status()).toBe(200);
  writeCameraPicture(await labelPicture(page, await label.text()));

  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/showcases`);
  await expect(page.getByRole('tab', { name: 'Khu trưng bày', selected: true })).toBeVisible();
  const lampRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Xem mẫu S-0001' }) });
  await expect(lampRow).toContainText('Chao đèn mây');
  await expect(lampRow).toContainText('Chờ gửi đến');
  const unreturned = page.locator('.mantine-Card-root', { hasText: 'Mẫu chưa trả' });
  await expect(unreturned).toContainText('1 mẫu · tổng giá trị 2.500.000 ₫');
  await expect(unreturned).toContainText('S-0002');
  await expectAccessible(page);
  await page.screenshot(shot('showcases'));

  // The camera reads the printed label; its sample opens with its trail and the next step.
  await page.getByRole('button', { name: 'Quét nhãn mẫu' }).click();
  const drawer = page.getByRole('dialog', { name: /S-0001 · Chao đèn mây/ });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('Yêu cầu gửi mẫu')).toBeVisible();
  await expect(drawer.getByRole('combobox', { name: 'Bước' })).toHaveValue('Nhận mẫu');
  // Who took it in is required: the API's answer is shown beside the field.
  await drawer.getByRole('button', { name: 'Ghi bước' }).click();
  await expect(drawer.getByRole('textbox', { name: 'Người nhận' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await drawer.getByRole('textbox', { name: 'Người nhận' }).fill('Trần Thị Bình (kho BTC)');
  await drawer.getByRole('button', { name: 'Ghi bước' }).click();
  await expect(page.getByText('Đã ghi bước «Nhận mẫu» cho mẫu S-0001')).toBeVisible();
  await expect(drawer.getByText('Người nhận: Trần Thị Bình (kho BTC)')).toBeVisible();
  await expect(drawer.getByRole('combobox', { name: 'Bước' })).toHaveValue('Đặt trưng bày');
  await expectAccessible(page);
  await page.screenshot(shot('showcases-custody'));
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(lampRow).toContainText('Đã nhận');
  await expect(unreturned).toContainText('2 mẫu · tổng giá trị 5.000.000 ₫');

  // On a device without a camera the code is typed from the label.
  const noCamera = await page.context().newPage();
  await noCamera.addInitScript(() => {
    // This device has no camera: opening one fails as it does on such a device.
    (globalThis as unknown as Camera).navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new Error('NotFoundError'));
  });
  await noCamera.goto(`/organiser/fairs/${fair.fairId}/showcases`);
  await noCamera.getByRole('button', { name: 'Quét nhãn mẫu' }).click();
  const scanner = noCamera.getByRole('dialog', { name: 'Quét nhãn mẫu' });
  await expect(scanner).toContainText('Không mở được máy ảnh');
  await scanner.getByRole('textbox', { name: 'Mã nhãn' }).fill('S-0099');
  await scanner.getByRole('button', { name: 'Tìm mẫu' }).click();
  await expect(scanner.getByRole('alert').filter({ hasText: 'S-0099' })).toHaveText(
    'Không có mẫu nào mang mã S-0099 ở hội chợ này.',
  );
  await expectAccessible(noCamera);
  await noCamera.screenshot(shot('showcases-scan-typed'));
  await scanner.getByRole('textbox', { name: 'Mã nhãn' }).fill('s-0002');
  await scanner.getByRole('button', { name: 'Tìm mẫu' }).click();
  const trayDrawer = noCamera.getByRole('dialog', { name: /S-0002 · Khay mây/ });
  await trayDrawer.getByRole('textbox', { name: 'Vị trí trưng bày' }).fill('Kệ 3, sảnh A');
  await trayDrawer.getByRole('button', { name: 'Ghi bước' }).click();
  await expect(trayDrawer.getByText('Kệ 3, sảnh A').first()).toBeVisible();
  await expect(trayDrawer.getByRole('combobox', { name: 'Bước' })).toHaveValue('Đặt trưng bày');
  await trayDrawer.getByRole('button', { name: 'Đóng' }).click();

  // Labels print from their own page: each A4 sheet at true size.
  await noCamera.getByRole('link', { name: 'In nhãn' }).click();
  await expect(
    noCamera.getByRole('heading', { name: 'Nhãn mẫu: Tinh hoa mây tre đan Phú Vinh' }),
  ).toBeVisible();
  const sheet = noCamera.getByRole('img', { name: 'Trang nhãn 1 / 1' });
  await expect(sheet).toBeVisible();
  expect(
    await sheet.evaluate((img) =>
      (img as unknown as Decodable).decode().then(() => (img as unknown as Decodable).naturalWidth),
    ),
  ).toBeGreaterThan(0);
  await expectAccessible(noCamera);
  await noCamera.screenshot(shot('showcases-labels'));
});
