import { DEMO, DESK, expect, signIn, test, uniqueEmail } from '../support/fixtures';
import { openFairWithApplicants } from './support/organiser-api';
import { addVisitor, organiser, sentCampaign, uniqueTag } from './support/outreach-api';

test.use({ viewport: DESK });

test('the dashboard shows campaign progress from one request for all campaigns', async ({
  page,
  request,
}) => {
  const fair = await openFairWithApplicants(request, 'Hội chợ tiến độ thư', []);
  const o = await organiser(request);
  const tag = uniqueTag('tien-do');
  const ids = [
    await addVisitor(o, { name: 'Đỗ Thị Mai', email: uniqueEmail('mai'), tags: [tag] }),
    await addVisitor(o, { name: 'Hồ Văn Nam', email: uniqueEmail('nam'), tags: [tag] }),
  ];
  const campaignId = await sentCampaign(o, fair.fairId, ids);
  const campaign = (await o.api.get(`/api/v1/campaigns/${campaignId}`)) as { name: string };

  const progressCalls: string[] = [];
  page.on('request', (r) => {
    if (/\/progress(\?|$)/.test(new URL(r.url()).pathname + '?')) progressCalls.push(r.url());
  });
  await signIn(page, DEMO.organiser);
  await page.goto('/organiser');
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  await expect(page.getByText(campaign.name)).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: new RegExp(`^${campaign.name}`) }),
  ).toBeVisible();
  // Whatever the number of campaigns, their progress comes in one request.
  expect(progressCalls.every((url) => url.includes('/campaigns/progress'))).toBe(true);
  expect(progressCalls.length).toBe(1);
});
