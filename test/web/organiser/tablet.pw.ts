import type { Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';
import { allocatingFair, fairWithoutBooths } from './support/floor-api';
import { apiAs } from './support/organiser-api';

// A tablet held in landscape: touch, no mouse.
test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

const booth = (page: Page, code: string) => page.locator(`.plan-layer [data-code="${code}"] rect`);
const scale = (page: Page) =>
  page
    .locator('.plan-layer')
    .evaluate((el) =>
      Number(
        /scale\(([\d.]+)\)/.exec(
          (el as unknown as { style: { transform: string } }).style.transform,
        )?.[1],
      ),
    );

/** Two fingers pressed apart by `spread` px each way, through Chromium's touch input. */
async function pinchOut(page: Page, spread: number) {
  const box = (await page.locator('.plan-viewport').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const points = (d: number) => [
    { x: cx - 20 - d, y: cy, id: 1 },
    { x: cx + 20 + d, y: cy, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let step = 1; step <= 6; step++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: points((spread * step) / 6),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('on a tablet the organiser taps a booth to edit it, and zooms with buttons or a pinch', async ({
  page,
}) => {
  const fair = await fairWithoutBooths(page.request, 'Hội chợ máy tính bảng');
  const organiser = await apiAs(page.request, DEMO.organiser, DEMO_PASSWORD);
  await organiser.post(`/api/v1/fairs/${fair.fairId}/plan/grid`, {
    zone: 'may-tre-dan',
    type: 'tieu-chuan',
    prefix: 'A-',
    rows: 2,
    columns: 6,
    origin: { x: 0, y: 0 },
  });
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/plan`);
  await expect(booth(page, 'A-03')).toBeVisible();

  await booth(page, 'A-03').tap();
  await expect(page.getByRole('heading', { name: 'Gian A-03' })).toBeVisible();

  const fitted = await scale(page);
  await page.getByRole('button', { name: 'Phóng to' }).tap();
  await expect.poll(() => scale(page)).toBeGreaterThan(fitted);
  await page.getByRole('button', { name: 'Xem toàn bộ sơ đồ' }).tap();
  await expect.poll(() => scale(page)).toBeCloseTo(fitted, 3);

  await pinchOut(page, 120);
  await expect.poll(() => scale(page)).toBeGreaterThan(fitted * 1.5);
  // A pinch selects nothing and moves no booth: the booth tapped before is still the one open.
  await expect(page.getByRole('heading', { name: 'Gian A-03' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-tablet-plan.png' });
});

test('on a tablet the organiser taps a producer’s booth on the allocation board', async ({
  page,
}) => {
  test.slow();
  const fair = await allocatingFair(page.request, 'Hội chợ xếp gian bảng', [
    { name: 'HTX Mây tre Phú Vinh', zones: ['may-tre-dan'] },
    { name: 'Cơ sở gốm Bát Tràng', zones: ['gom-su'] },
  ]);
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/allocation`);
  await page.getByRole('button', { name: 'Xếp gian', exact: true }).tap();
  await expect(page.getByText(/^Đã xếp 2\/2 hồ sơ/)).toBeVisible();
  const runs = (await fair.organiser.get(`/api/v1/fairs/${fair.fairId}/allocation/runs`)) as {
    id: string;
  }[];
  const draft = (await fair.organiser.get(
    `/api/v1/fairs/${fair.fairId}/allocation/runs/${runs[0].id}/draft`,
  )) as { assignments: { producerName: string; booths: string[] }[] };
  const bat = draft.assignments.find((a) => a.producerName === 'Cơ sở gốm Bát Tràng')!;

  await booth(page, bat.booths[0]).tap();
  await expect(page.getByRole('heading', { name: 'Cơ sở gốm Bát Tràng' })).toBeVisible();
  await expect(page.getByText(`Gian: ${bat.booths[0]}`)).toBeVisible();
  const fitted = await scale(page);
  await page.getByRole('button', { name: 'Phóng to' }).tap();
  await expect.poll(() => scale(page)).toBeGreaterThan(fitted);
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-tablet-board.png' });
});
