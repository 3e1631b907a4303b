import { DEMO, DESK, expect, expectAccessible, signIn, test } from '../support/fixtures';
import { apiAs, gateFair, hanoiDay, registeredTicket, shown } from '../gate/support/gate-world';

test.use({ viewport: DESK });

test('the organiser sees admissions per day and gate and opens the gates earlier', async ({
  page,
}) => {
  const organiser = await apiAs(DEMO.organiser);
  // Tomorrow too: registration stays open whatever the hour this runs (today closes at 21:00).
  const fair = await gateFair(organiser, [-1, 0, 1], { opens: '08:00', closes: '21:00' });
  const code = await registeredTicket(page.request, fair.fairId, 'Vũ Thị Giang', 1);
  // A gate that was offline yesterday and today uploads its scans: one admission each day.
  const gate = await apiAs(DEMO.gate);
  const scan = (day: string, gateName: string, nonce: string) => ({
    code,
    gate: gateName,
    nonce,
    scannedAt: new Date(`${day}T10:00:00+07:00`).toISOString(),
    deviceResult: 'admitted',
  });
  const upload = await gate.post(`/api/v1/fairs/${fair.fairId}/check-ins/offline`, {
    data: {
      scans: [
        scan(hanoiDay(-1), 'Cổng A', `org-story-${fair.fairId}-1`),
        scan(hanoiDay(0), 'Cổng B', `org-story-${fair.fairId}-2`),
      ],
    },
  });
  expect(upload.status(), await upload.text()).toBe(200);

  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/check-ins`);
  await expect(page.getByRole('tab', { name: 'Lượt vào cổng', selected: true })).toBeVisible();
  await expect(page.getByRole('row', { name: `${shown(hanoiDay(-1))} Cổng A 1 1` })).toBeVisible();
  await expect(page.getByRole('row', { name: `${shown(hanoiDay(0))} Cổng B 1 1` })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Tổng 2 2' })).toBeVisible();
  await expect(page.getByText(/Mở cổng từ 07:30/).first()).toBeVisible();

  const early = page.getByRole('textbox', { name: 'Mở cổng sớm (phút trước giờ mở cửa)' });
  await early.fill('45');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu giờ mở cổng')).toBeVisible();
  await expect(page.getByText(/Mở cổng từ 07:15/).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/organiser-check-ins.png', fullPage: true });
  await organiser.dispose();
  await gate.dispose();
});
