import { DEMO, DESK, expect, signIn, test, uniqueEmail } from '../support/fixtures';
import { expectAccessibleAround } from './support/accessible';
import { openFairWithApplicants } from './support/organiser-api';
import { addVisitor, organiser, uniqueTag } from './support/outreach-api';

test.use({ viewport: DESK });

test('the organiser schedules a campaign at a Hà Nội time, sees it as such, and cancels the schedule', async ({
  page,
}) => {
  test.slow();
  const fair = await openFairWithApplicants(page.request, 'Hội chợ hẹn giờ', []);
  const o = await organiser(page.request);
  const tag = uniqueTag('hen');
  await addVisitor(o, { name: 'Nguyễn Văn An', email: uniqueEmail('an'), tags: [tag] });
  const campaign = (await o.api.post(`/api/v1/organising-bodies/${o.bodyId}/campaigns`, {
    fairId: fair.fairId,
    name: `Hẹn giờ – ${tag}`,
    audience: { tags: [tag] },
  })) as { id: string };
  // The day after tomorrow in Hà Nội, whatever the machine's own zone.
  const day = new Date(Date.now() + 7 * 3600_000 + 2 * 24 * 3600_000).toISOString().slice(0, 10);
  const shown = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)} 08:30`;

  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/campaigns/${campaign.id}`);
  await page.getByRole('button', { name: 'Hẹn giờ gửi…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hẹn giờ gửi thư mời' });
  await expect(dialog.getByText('Thư mời sẽ tự gửi đến 1 khách')).toBeVisible();
  await dialog.getByLabel('Ngày gửi').fill(day);
  await dialog.getByLabel('Giờ gửi (giờ Hà Nội)').fill('08:30');
  await expectAccessibleAround(page, 'iframe[sandbox]');
  await dialog.getByRole('button', { name: `Hẹn gửi lúc ${shown}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Chiến dịch sẽ tự gửi lúc ${shown} (giờ Hà Nội).` }),
  ).toBeVisible();
  const stored = (await o.api.get(`/api/v1/campaigns/${campaign.id}`)) as {
    status: string;
    scheduledAt: string;
  };
  expect(stored.status).toBe('scheduled');
  expect(new Date(stored.scheduledAt).toISOString()).toBe(
    new Date(`${day}T08:30:00+07:00`).toISOString(),
  );
  await page.screenshot({ path: '.data/test/screens/organiser-campaign-scheduled.png' });

  await page.getByRole('button', { name: 'Huỷ lịch gửi' }).click();
  await expect(page.getByText('Đã huỷ lịch gửi; chiến dịch trở lại bản nháp')).toBeVisible();
  const back = (await o.api.get(`/api/v1/campaigns/${campaign.id}`)) as { status: string };
  expect(back.status).toBe('draft');
  await expectAccessibleAround(page, 'iframe[sandbox]');
});
