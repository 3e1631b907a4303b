import request from 'supertest';
import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { as, createFairWithReference } from './support/fairs';

/** A date `days` from today in Hà Nội, as YYYY-MM-DD. */
const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

describe('calls for applications: producers find open fairs without knowing an id', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let bodyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
  });
  afterAll(() => t.close());

  /** A fair with zones and a booth type; `window` is its application window in days from today. */
  async function fairWithWindow(name: string, window: [number, number], open = true) {
    const { fair } = await createFairWithReference(t, organiser.token, bodyId);
    const api = as(t, organiser.token);
    await api
      .patch(`/api/v1/fairs/${fair.id}`, {
        nameVi: name,
        days: [
          { date: day(40), opens: '08:00', closes: '21:00' },
          { date: day(41), opens: '08:00', closes: '17:00' },
        ],
        applicationsOpenAt: `${day(window[0])}T08:00`,
        applicationsCloseAt: `${day(window[1])}T17:00`,
        withdrawalDeadline: null,
      })
      .expect(200);
    if (open) await api.post(`/api/v1/fairs/${fair.id}/status`, { to: 'open' }).expect(200);
    return fair.id as string;
  }

  it('lists open calls to anyone, soonest deadline first, with dates, venue, fees and support', async () => {
    const later = await fairWithWindow('Hội chợ Tết', [-3, 20]);
    const sooner = await fairWithWindow('Hội chợ Mây tre', [-1, 10]);
    const upcoming = await fairWithWindow('Hội chợ Gốm', [5, 15]);
    const draft = await fairWithWindow('Hội chợ nháp', [-1, 12], false);
    const past = await fairWithWindow('Hội chợ đã hết hạn', [-2, 30]);
    await as(t, organiser.token)
      .post(`/api/v1/fairs/${sooner}/support-programmes`, {
        nameVi: 'Hỗ trợ khuyến công',
        ratePercent: 50,
        maxBoothsPerProducer: 2,
        totalBudget: '100000000',
        requireRecognisedCraftVillage: true,
        minOcopStars: 3,
        allowedLegalForms: ['cooperative', 'household_business'],
      })
      .expect(201);
    // The deadline of `past` passes: the organiser moves it into the past after opening.
    await t.dataSource.query(
      `UPDATE fairs SET applications_open_at = now() - interval '9 days',
                        applications_close_at = now() - interval '1 day' WHERE id = $1`,
      [past],
    );

    const answer = await request(t.http).get('/api/v1/public/fairs').expect(200);
    const ids = answer.body.map((call: { id: string }) => call.id);
    expect(ids).toEqual([sooner, upcoming, later]);
    expect(ids).not.toContain(draft);
    const call = answer.body[0];
    expect(call).toMatchObject({
      nameVi: 'Hội chợ Mây tre',
      venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
      days: [
        { date: day(40), opens: '08:00', closes: '21:00' },
        { date: day(41), opens: '08:00', closes: '17:00' },
      ],
      applicationsCloseAt: `${day(10)}T17:00:00+07:00`,
      acceptingApplications: true,
      boothTypes: [{ code: 'tieu-chuan', price: '12000000', widthM: 3, depthM: 3 }],
      supportProgrammes: [{ nameVi: 'Hỗ trợ khuyến công', ratePercent: 50, minOcopStars: 3 }],
    });
    expect(call).not.toHaveProperty('supportProgrammes.0.totalBudget');
    expect(answer.body[1]).toMatchObject({ id: upcoming, acceptingApplications: false });
  });

  it('shows one call by id, says when it no longer takes applications, and hides drafts', async () => {
    const past = await fairWithWindow('Hội chợ Trung thu', [-5, 3]);
    await t.dataSource.query(
      `UPDATE fairs SET applications_close_at = now() - interval '1 hour' WHERE id = $1`,
      [past],
    );
    const closed = await request(t.http).get(`/api/v1/public/fairs/${past}`).expect(200);
    expect(closed.body).toMatchObject({
      nameVi: 'Hội chợ Trung thu',
      acceptingApplications: false,
    });

    const draft = await fairWithWindow('Bản nháp', [-1, 5], false);
    await request(t.http).get(`/api/v1/public/fairs/${draft}`).expect(404);
    await request(t.http).get('/api/v1/public/fairs/not-a-uuid').expect(400);
  });
});
