import { Role } from '@hoicho/platform';
import { createTestApp, createUser, TestApp } from '../../support/test-app';
import {
  AllocatingFair,
  allocatingFair,
  as,
  boothsOf,
  count,
  mailMatching,
  messagesTo,
  runAllocation,
} from './support/allocation';

const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 1, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 1, zones: ['may-tre-dan'], priority: 4 },
  { name: 'Làng nón Chuông', size: 2, zones: ['gom-su'], priority: 3 },
];

describe('allocation: two organisers publishing at once', () => {
  let t: TestApp;
  let fair: AllocatingFair;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
  });
  afterAll(() => t.close());

  it('gives no booth twice: one publication wins, the other is refused and sends nothing', async () => {
    const second = await createUser(t, Role.Organiser, { organisingBodyId: fair.bodyId });
    const phuVinh = fair.applicants.get('HTX Mây tre đan Phú Vinh')!;
    const batTrang = fair.applicants.get('Cơ sở Gốm Bát Tràng Minh Hải')!;
    // Two runs from the same published state; in the second, Phú Vinh and Bát Tràng swap, so
    // the drafts give the same booths to different producers.
    const runA = await runAllocation(t, fair.organiser, fair.id);
    const runB = await runAllocation(t, second, fair.id);
    const draftA = (
      await as(t, fair.organiser)
        .get(`/api/v1/fairs/${fair.id}/allocation/runs/${runA.id}/draft`)
        .expect(200)
    ).body;
    await as(t, second)
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${runB.id}/draft/swaps`, {
        applicationIds: [phuVinh.applicationId, batTrang.applicationId],
      })
      .expect(200);

    const [a, b] = await Promise.all([
      as(t, fair.organiser).post(`/api/v1/fairs/${fair.id}/allocation/runs/${runA.id}/publish`),
      as(t, second).post(`/api/v1/fairs/${fair.id}/allocation/runs/${runB.id}/publish`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('allocation_stale');

    // One row per booth, and every producer has exactly the winner's booths.
    const rows: { booth_id: string; application_id: string }[] = await t.dataSource.query(
      'SELECT booth_id, application_id FROM booth_assignments WHERE fair_id = $1',
      [fair.id],
    );
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.booth_id)).size).toBe(4);
    const winnerRun = a.status === 200 ? runA.id : runB.id;
    const winner = (
      await as(t, fair.organiser)
        .get(`/api/v1/fairs/${fair.id}/allocation/runs/${winnerRun}/draft`)
        .expect(200)
    ).body;
    const published = (
      await as(t, fair.organiser).get(`/api/v1/fairs/${fair.id}/allocation/assignments`).expect(200)
    ).body;
    for (const item of published.assignments) {
      expect(item.booths).toEqual(boothsOf(winner, item.applicationId));
    }
    expect(boothsOf(draftA, phuVinh.applicationId)).not.toEqual(
      boothsOf(draftA, batTrang.applicationId),
    );

    // Each producer hears once, of the winner's booths.
    for (const applicant of fair.applicants.values()) {
      const booths = boothsOf(winner, applicant.applicationId)!;
      const letter = await mailMatching(t, applicant.member.email, /^Gian hàng/);
      expect(letter.subject).toContain(booths.join(', '));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const applicant of fair.applicants.values()) {
      expect(
        messagesTo(t, applicant.member.email).filter((m) => /^Gian hàng/.test(m.subject)),
      ).toHaveLength(1);
    }
    expect(
      await count(t, `SELECT count(*) FROM outbox_messages WHERE template = 'allocation.booths'`),
    ).toBe(3);
  });

  it('lets the database refuse a second producer on a booth whatever the code does', async () => {
    const [row] = await t.dataSource.query(
      'SELECT booth_id, application_id, assigned_by FROM booth_assignments WHERE fair_id = $1 LIMIT 1',
      [fair.id],
    );
    const other = [...fair.applicants.values()].find(
      (x) => x.applicationId !== row.application_id,
    )!;
    await expect(
      t.dataSource.query(
        `INSERT INTO booth_assignments (fair_id, booth_id, application_id, assigned_by) VALUES ($1, $2, $3, $4)`,
        [fair.id, row.booth_id, other.applicationId, row.assigned_by],
      ),
    ).rejects.toThrow(/booth_assignments_one_per_booth/);
  });

  it('serialises many publications racing on fresh runs: still one producer per booth', async () => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await runAllocation(t, fair.organiser, fair.id, { reshuffle: true }));
    }
    const answers = await Promise.all(
      runs.map((run) =>
        as(t, fair.organiser).post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(
      await count(
        t,
        'SELECT count(*) - count(DISTINCT booth_id) FROM booth_assignments WHERE fair_id = $1',
        [fair.id],
      ),
    ).toBe(0);
  });
});
