import { createTestApp, TestApp } from '../../support/test-app';
import { allocatingFair, AllocatingFair, as, runAllocation } from './support/allocation';

describe('a producer sees its own booths on the fair’s plan once they are published', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, [
      { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5 },
      { name: 'HTX Gốm Bát Tràng', size: 1, zones: ['gom-su'], priority: 4 },
    ]);
  });
  afterAll(() => t.close());

  it('shows nothing before publishing, then the booths and the plan with them marked', async () => {
    const phuVinh = fair.applicants.get('HTX Mây tre đan Phú Vinh')!;
    const mine = as(t, phuVinh.member);
    const before = await mine
      .get(`/api/v1/applications/${phuVinh.applicationId}/booths`)
      .expect(200);
    expect(before.body).toEqual({ fairId: fair.id, booths: [], zone: null });

    const run = await runAllocation(t, fair.organiser, fair.id);
    await as(t, fair.organiser)
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(200);

    const after = await mine
      .get(`/api/v1/applications/${phuVinh.applicationId}/booths`)
      .expect(200);
    expect(after.body.booths).toHaveLength(2);
    expect(after.body.booths.every((code: string) => code.startsWith('A-'))).toBe(true);
    expect(after.body.zone).toBe('Mây tre đan');

    const svg = await mine
      .get(`/api/v1/applications/${phuVinh.applicationId}/booths/plan.svg`)
      .expect(200)
      .expect('Content-Type', /image\/svg\+xml/);
    const text = svg.text ?? svg.body.toString();
    expect(text.match(/Gian của bạn · Your booth/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('HTX Gốm Bát Tràng');
  });

  it('keeps another producer’s booths from it', async () => {
    const gom = fair.applicants.get('HTX Gốm Bát Tràng')!;
    const phuVinh = fair.applicants.get('HTX Mây tre đan Phú Vinh')!;
    await as(t, gom.member).get(`/api/v1/applications/${phuVinh.applicationId}/booths`).expect(404);
    await as(t, fair.organiser)
      .get(`/api/v1/applications/${phuVinh.applicationId}/booths`)
      .expect(403);
  });
});
