import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  AllocatingFair,
  allocatingFair,
  as,
  boothsOf,
  DraftAssignment,
  runAllocation,
} from './support/allocation';

const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 2, zones: ['gom-su'], priority: 4 },
  { name: 'Làng nón Chuông', size: 1, zones: ['may-tre-dan', 'gom-su'], priority: 3 },
  { name: 'Lụa Vạn Phúc Hà Đông', size: 1, zones: ['may-tre-dan'], priority: 2 },
];

describe('allocation: booths pinned by hand, staged decisions, fair status', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  const app = (name: string) => fair.applicants.get(name)!;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS, undefined, { unreleased: ['Lụa Vạn Phúc Hà Đông'] });
  });
  afterAll(() => t.close());

  it('honours pinned booths, checks pins, and publishes only released approvals', async () => {
    const org = as(t, fair.organiser);
    const phuVinh = app('HTX Mây tre đan Phú Vinh');
    const batTrang = app('Cơ sở Gốm Bát Tràng Minh Hải');
    const chuong = app('Làng nón Chuông');
    const vanPhuc = app('Lụa Vạn Phúc Hà Đông');
    const pins = `/api/v1/fairs/${fair.id}/allocation/pins`;

    // Chuông would stand in may-tre-dan, its first choice; the organiser puts it in gom-su.
    const pinned = await org
      .put(`${pins}/${chuong.applicationId}`, { booths: ['b-03'] })
      .expect(200);
    expect(pinned.body).toMatchObject({ applicationId: chuong.applicationId, booths: ['B-03'] });
    const size = await org
      .put(`${pins}/${phuVinh.applicationId}`, { booths: ['A-01'] })
      .expect(400);
    expect(size.body.fields).toEqual([expect.objectContaining({ field: 'booths' })]);
    const unknown = await org
      .put(`${pins}/${phuVinh.applicationId}`, { booths: ['Z-01', 'A-01'] })
      .expect(400);
    expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'booths.0' })]);
    const taken = await org
      .put(`${pins}/${batTrang.applicationId}`, { booths: ['B-02', 'B-03'] })
      .expect(409);
    expect(taken.body.code).toBe('booth_taken');
    expect((await org.get(pins).expect(200)).body).toEqual([
      expect.objectContaining({ applicationId: chuong.applicationId, booths: ['B-03'] }),
    ]);

    const run = await runAllocation(t, fair.organiser, fair.id);
    expect(run.summary).toMatchObject({ requests: 4, pinned: 1 });
    const draft = (
      await org.get(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/draft`).expect(200)
    ).body;
    const ch = draft.assignments.find(
      (a: DraftAssignment) => a.applicationId === chuong.applicationId,
    );
    expect(ch).toMatchObject({
      booths: ['B-03'],
      pinned: true,
      zone: 'gom-su',
      zoneChoice: 2,
      zonesWished: ['may-tre-dan', 'gom-su'],
    });
    expect(ch.explanation).toMatch(/^Pinned by the organiser/);
    expect(boothsOf(draft, batTrang.applicationId)).toEqual(['B-01', 'B-02']);

    // Vạn Phúc's approval is staged, not released: producers would hear of booths first.
    const staged = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(409);
    expect(staged.body).toMatchObject({
      code: 'decisions_unreleased',
      details: { applicationIds: [vanPhuc.applicationId] },
    });
    expect(await t.dataSource.query('SELECT 1 FROM booth_assignments')).toEqual([]);
    await org
      .post(`/api/v1/fairs/${fair.id}/applications/decisions/release`, {
        applicationIds: [vanPhuc.applicationId],
      })
      .expect(200);
    const published = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(200);
    expect(published.body).toMatchObject({ assigned: 4, booths: 6, waitlisted: [] });

    // Unpinned, Chuông keeps its published booth in the next run all the same.
    expect(
      (
        await request(t.http)
          .delete(`${pins}/${chuong.applicationId}`)
          .set(bearer(fair.organiser.token))
          .expect(200)
      ).body,
    ).toEqual({
      removed: 1,
    });
    const rerun = await runAllocation(t, fair.organiser, fair.id);
    const redraft = (
      await org.get(`/api/v1/fairs/${fair.id}/allocation/runs/${rerun.id}/draft`).expect(200)
    ).body;
    expect(boothsOf(redraft, chuong.applicationId)).toEqual(['B-03']);

    // Once the fair is published, runs keep going (late approvals) but cannot reshuffle.
    await org.post(`/api/v1/fairs/${fair.id}/status`, { to: 'published' }).expect(200);
    const refused = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs`, { reshuffle: true })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'fair_not_allocating',
      details: { status: 'published' },
    });
    const again = await runAllocation(t, fair.organiser, fair.id);
    expect(again.summary).toMatchObject({ pinned: 4, assigned: 4 });
  });
});
