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
import { apiAs, openFairWithApplicants } from './support/organiser-api';

test.use({ viewport: DESK });

const shot = (name: string) => ({ path: `.data/test/screens/organiser-${name}.png` });

test('a Vietnamese organiser reads a refused plan file’s problems in Vietnamese', async ({
  page,
}) => {
  const fair = await fairWithoutBooths(page.request, 'Hội chợ lý do');
  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/plan`);
  await page.getByRole('button', { name: 'Nhập tệp' }).click();
  const upload = page.getByRole('dialog', { name: 'Nhập sơ đồ từ tệp CSV hoặc JSON' });
  await upload.locator('input[type=file]').setInputFiles({
    name: 'sai.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'code,zone,type,x,y,width,height,neighbours\n' +
        'K-01,kham-trai,tieu-chuan,0,20,3,3,\n' +
        'K-02,gom-su,tieu-chuan,ba,20,3,3,\n',
    ),
  });
  await upload.getByRole('button', { name: 'Nhập', exact: true }).click();
  const refused = upload.getByRole('alert');
  await expect(refused).toContainText('Tệp chưa nhập được: 2 lỗi');
  await expect(refused.getByText('không có khu "kham-trai"')).toBeVisible();
  await expect(refused.getByText('"ba" không phải là số')).toBeVisible();
  await expect(refused).not.toContainText('is not a number');
  await expect(refused).not.toContainText('unknown zone');
  await expectAccessible(page);
  await page.screenshot(shot('reasons-import'));
});

test('a Vietnamese organiser reads why an application got no booth in Vietnamese', async ({
  page,
}) => {
  test.slow();
  // Phú Vinh wants rattan only; every rattan booth is blocked, so the run leaves it out.
  const fair = await openFairWithApplicants(page.request, 'Hội chợ không gian', [
    { name: 'HTX Mây tre Phú Vinh', zones: ['may-tre-dan'] },
    { name: 'Cơ sở gốm Bát Tràng', zones: ['gom-su'] },
  ]);
  const organiser = await apiAs(page.request, DEMO.organiser, DEMO_PASSWORD);
  const path = `/api/v1/fairs/${fair.fairId}`;
  const plan = (await organiser.get(`${path}/plan`)) as {
    booths: { id: string; zone: string }[];
  };
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email: DEMO.organiser, password: DEMO_PASSWORD },
  });
  const headers = { Authorization: `Bearer ${(await login.json()).token}` };
  for (const b of plan.booths.filter((x) => x.zone === 'may-tre-dan')) {
    const blocked = await page.request.patch(`${path}/booths/${b.id}`, {
      headers,
      data: { blocked: true },
    });
    expect(blocked.status()).toBe(200);
  }
  const ids = fair.applicants.map((a) => a.applicationId);
  await organiser.post(`${path}/applications/decisions`, {
    decision: 'approved',
    applicationIds: ids,
  });
  await organiser.post(`${path}/applications/decisions/release`, { applicationIds: ids });
  await organiser.post(`${path}/status`, { to: 'allocating' });

  await signIn(page, DEMO.organiser);
  await page.goto(`/organiser/fairs/${fair.fairId}/allocation`);
  await page.getByRole('button', { name: 'Xếp gian', exact: true }).click();
  await expect(page.getByText(/^Đã xếp 1\/2 hồ sơ/)).toBeVisible();
  const row = page.getByRole('row', { name: /HTX Mây tre Phú Vinh/ });
  // The zone and the booth type by their Vietnamese names (the type's code kept: it says more).
  await expect(row).toContainText(
    'Không có gian loại Gian tiêu chuẩn 3×3 (tieu-chuan) nào ở Mây tre đan.',
  );
  await expect(row).not.toContainText('may-tre-dan');
  await expect(row).not.toContainText('booth exists');
  await expectAccessible(page);
  await page.screenshot(shot('reasons-unassigned'));
});
