import {
  DEMO,
  DEMO_PASSWORD,
  DESK,
  expect,
  expectAccessible,
  signIn,
  test,
} from '../support/fixtures';
import { fairWithoutBooths } from './support/floor-api';
import { apiAs } from './support/organiser-api';

test.use({ viewport: DESK });

test('the organiser creates a showcase with its dates, venue and description, then edits it', async ({
  page,
}) => {
  const fair = await fairWithoutBooths(page.request, 'Hội chợ trưng bày');
  const organiser = await apiAs(page.request, DEMO.organiser, DEMO_PASSWORD);
  const { days } = (await organiser.get(`/api/v1/fairs/${fair.fairId}`)) as {
    days: { date: string }[];
  };
  const [first, last] = [days[0].date, days[days.length - 1].date];
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/showcases`);
  await expect(page.getByText('Hội chợ này chưa có khu trưng bày nào.')).toBeVisible();

  await page.getByRole('button', { name: 'Tạo khu trưng bày' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo khu trưng bày' });
  await dialog.getByLabel('Tên khu (tiếng Việt)').fill('Tinh hoa mây tre Phú Vinh');
  await dialog.getByLabel('Từ ngày').fill(last);
  await dialog.getByLabel('Đến ngày').fill(first);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  // Checked before anything is sent: the last day cannot come first.
  await expect(dialog.getByText('Ngày kết thúc không được trước ngày bắt đầu')).toBeVisible();
  await dialog.getByLabel('Từ ngày').fill(first);
  await dialog.getByLabel('Đến ngày').fill(last);
  await dialog.getByLabel('Địa điểm').fill('Sảnh chính, Nhà A');
  await dialog.getByLabel('Giới thiệu').fill('Mây tre đan trong đời sống hiện đại');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã tạo khu trưng bày Tinh hoa mây tre Phú Vinh')).toBeVisible();
  await expect(page.getByText(/Tinh hoa mây tre Phú Vinh · .* · Sảnh chính, Nhà A/)).toBeVisible();

  await page.getByRole('button', { name: 'Sửa khu trưng bày' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa khu trưng bày' });
  await expect(edit.getByLabel('Giới thiệu')).toHaveValue('Mây tre đan trong đời sống hiện đại');
  await edit.getByLabel('Tên khu (tiếng Việt)').fill('Mây tre Phú Vinh xưa và nay');
  await edit.getByLabel('Địa điểm').fill('');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu khu trưng bày Mây tre Phú Vinh xưa và nay')).toBeVisible();
  const showcases = (await organiser.get(`/api/v1/fairs/${fair.fairId}/showcases`)) as {
    titleVi: string;
    location: string | null;
    theme: string | null;
    startsOn: string;
  }[];
  expect(showcases).toEqual([
    expect.objectContaining({
      titleVi: 'Mây tre Phú Vinh xưa và nay',
      location: null,
      theme: 'Mây tre đan trong đời sống hiện đại',
      startsOn: first,
    }),
  ]);
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-showcase-form.png' });
});
