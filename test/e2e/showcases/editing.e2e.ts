import { createTestApp, TestApp } from '../../support/test-app';
import { as, createFairAt, FairSetup, fieldsOf, setFairStatus } from './support/showcases';

// The fair of createFairAt runs on 2026-10-10 and 2026-10-11.
describe('editing a showcase: dates on the fair’s days, nothing after the fair', () => {
  let t: TestApp;
  let fair: FairSetup;
  let showcase: string;
  const base = () => `/api/v1/fairs/${fair.fairId}/showcases`;
  const org = () => as(t, fair.organiser.token);
  const edit = (body: object) => org().patch(`${base()}/${showcase}`, body);

  beforeAll(async () => {
    t = await createTestApp();
    fair = await createFairAt(t, 'open');
    const created = await org()
      .post(base(), {
        titleVi: 'Sơn mài Hạ Thái',
        theme: 'Sơn mài truyền thống',
        startsOn: '2026-10-10',
        endsOn: '2026-10-11',
      })
      .expect(201);
    showcase = created.body.id;
  });
  afterAll(() => t.close());

  it('changes fields, clears optional ones with null, and keeps what was not sent', async () => {
    const changed = await edit({
      titleEn: 'Ha Thai lacquer',
      theme: null,
      endsOn: '2026-10-10',
    }).expect(200);
    expect(changed.body).toMatchObject({
      titleVi: 'Sơn mài Hạ Thái',
      titleEn: 'Ha Thai lacquer',
      theme: null,
      startsOn: '2026-10-10',
      endsOn: '2026-10-10',
    });
    expect(fieldsOf(await edit({ titleVi: null }).expect(400))).toEqual(['titleVi']);
    expect(fieldsOf(await edit({ startsOn: null }).expect(400))).toEqual(['startsOn']);
    expect(fieldsOf(await edit({ fairId: fair.fairId }).expect(400))).toEqual(['fairId']);
  });

  it('refuses dates outside the fair’s days or in the wrong order, naming the field', async () => {
    const early = await edit({ startsOn: '2026-10-09' }).expect(400);
    expect(early.body.fields).toEqual([
      { field: 'startsOn', message: 'must be within the fair’s days, 2026-10-10 to 2026-10-11' },
    ]);
    expect(fieldsOf(await edit({ endsOn: '2026-10-12' }).expect(400))).toEqual(['endsOn']);
    expect(
      fieldsOf(await edit({ startsOn: '2025-10-10', endsOn: '2027-10-11' }).expect(400)),
    ).toEqual(['startsOn', 'endsOn']);
    const backwards = await edit({ startsOn: '2026-10-11', endsOn: '2026-10-10' }).expect(400);
    expect(backwards.body.fields).toEqual([
      { field: 'endsOn', message: 'must not be before startsOn' },
    ]);
    // A new showcase is held to the same days.
    const created = await org()
      .post(base(), { titleVi: 'Ngoài ngày', startsOn: '2026-10-11', endsOn: '2026-10-13' })
      .expect(400);
    expect(fieldsOf(created)).toEqual(['endsOn']);
    // Nothing was written by the refused edits.
    const kept = await org().get(`${base()}/${showcase}`).expect(200);
    expect(kept.body).toMatchObject({ startsOn: '2026-10-10', endsOn: '2026-10-10' });
  });

  it('does not refuse a title fix because the fair’s days moved since', async () => {
    await t.dataSource.query(`UPDATE fair_days SET day = day + 7 WHERE fair_id = $1`, [
      fair.fairId,
    ]);
    try {
      await edit({ curator: 'Nghệ nhân Trần Văn Bốn' }).expect(200);
      // Setting dates again means setting them within the fair's days as they are now.
      expect(fieldsOf(await edit({ endsOn: '2026-10-17' }).expect(400))).toEqual(['startsOn']);
      await edit({ startsOn: '2026-10-17', endsOn: '2026-10-18' }).expect(200);
    } finally {
      await t.dataSource.query(`UPDATE fair_days SET day = day - 7 WHERE fair_id = $1`, [
        fair.fairId,
      ]);
    }
  });

  it('changes nothing once the fair is closed or cancelled', async () => {
    for (const status of ['closed', 'cancelled']) {
      await setFairStatus(t, fair.fairId, status);
      const refused = await edit({ titleVi: 'Đổi sau hội chợ' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'fair_finished', details: { status } });
      await org()
        .post(base(), { titleVi: 'Mới', startsOn: '2026-10-10', endsOn: '2026-10-10' })
        .expect(409);
    }
    await setFairStatus(t, fair.fairId, 'running');
    const kept = await org().get(`${base()}/${showcase}`).expect(200);
    expect(kept.body.titleVi).toBe('Sơn mài Hạ Thái');
  });
});
