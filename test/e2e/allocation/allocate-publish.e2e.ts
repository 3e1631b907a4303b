import { createTestApp, TestApp } from '../../support/test-app';
import {
  AllocatingFair,
  allocatingFair,
  as,
  boothsOf,
  count,
  DraftAssignment,
  mailMatching,
  lettersTo,
  runAllocation,
} from './support/allocation';

/*
 * Booths: may-tre-dan A-01…A-04, gom-su B-01…B-03, one row each (A-01 and A-04, B-01 and
 * B-03 are corners). Phú Vinh (2, may-tre-dan, corner) and Bát Tràng (2, gom-su) come first;
 * Chuông (1, may-tre-dan or gom-su) fits beside Phú Vinh; Vạn Phúc (2, gom-su) finds only one
 * booth left in gom-su and is waitlisted.
 */
const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5, corner: true },
  {
    name: 'Cơ sở Gốm Bát Tràng Minh Hải',
    size: 2,
    zones: ['gom-su'],
    priority: 4,
    locale: 'en' as const,
  },
  {
    name: 'Làng nón Chuông',
    size: 1,
    zones: ['may-tre-dan', 'gom-su'],
    priority: 3,
    near: ['HTX Mây tre đan Phú Vinh'],
  },
  { name: 'Lụa Vạn Phúc Hà Đông', size: 2, zones: ['gom-su'], priority: 2 },
];

describe('allocation: run, inspect, edit, publish, letters, waitlist', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  const app = (name: string) => fair.applicants.get(name)!;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
  });
  afterAll(() => t.close());

  it('allocates in the background, edits the draft, publishes once, and sends each letter once', async () => {
    const org = as(t, fair.organiser);
    const phuVinh = app('HTX Mây tre đan Phú Vinh');
    const batTrang = app('Cơ sở Gốm Bát Tràng Minh Hải');
    const chuong = app('Làng nón Chuông');
    const vanPhuc = app('Lụa Vạn Phúc Hà Đông');

    const run = await runAllocation(t, fair.organiser, fair.id);
    expect(run).toMatchObject({
      status: 'done',
      progress: 100,
      reshuffle: false,
      current: true,
      summary: { requests: 4, booths: 7, assigned: 3, unassigned: 1, pinned: 0 },
    });

    const draft = (
      await org.get(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/draft`).expect(200)
    ).body;
    // Phú Vinh takes a corner pair, Chuông the booth beside it; the far corner stays free.
    const pvBooths = boothsOf(draft, phuVinh.applicationId)!;
    expect([
      ['A-01', 'A-02'],
      ['A-03', 'A-04'],
    ]).toContainEqual(pvBooths);
    const [beside, freeA] = pvBooths[0] === 'A-01' ? ['A-03', 'A-04'] : ['A-02', 'A-01'];
    expect(boothsOf(draft, chuong.applicationId)).toEqual([beside]);
    expect(boothsOf(draft, batTrang.applicationId)).toHaveLength(2);
    const pv = draft.assignments.find(
      (a: DraftAssignment) => a.applicationId === phuVinh.applicationId,
    );
    expect(pv).toMatchObject({
      zone: 'may-tre-dan',
      zoneChoice: 1,
      corner: { wanted: true, got: true },
    });
    const ch = draft.assignments.find(
      (a: DraftAssignment) => a.applicationId === chuong.applicationId,
    );
    // Ids become names in what organisers read.
    expect(ch.explanation).toContain('HTX Mây tre đan Phú Vinh');
    expect(ch.nearMet).toEqual([
      { applicationId: phuVinh.applicationId, producerName: phuVinh.name },
    ]);
    expect(draft.unassigned).toEqual([
      expect.objectContaining({ applicationId: vanPhuc.applicationId, producerName: vanPhuc.name }),
    ]);
    expect(draft.unassigned[0].reason.length).toBeGreaterThan(10);
    expect(
      draft.byZone.map((z: { zone: string; booths: number; taken: number }) => [
        z.zone,
        z.booths,
        z.taken,
      ]),
    ).toEqual([
      ['gom-su', 3, 2],
      ['may-tre-dan', 4, 3],
    ]);
    expect(draft.byVillage.length).toBeGreaterThan(0);

    // Hand edits follow the contract's rules.
    const moves = `/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/draft/moves`;
    const taken = await org
      .post(moves, { applicationId: chuong.applicationId, booths: [pvBooths[1]] })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'booth_taken',
      details: { holders: { [pvBooths[1]]: phuVinh.applicationId } },
    });
    const size = await org
      .post(moves, { applicationId: phuVinh.applicationId, booths: [freeA] })
      .expect(400);
    expect(size.body.fields).toEqual([expect.objectContaining({ field: 'booths' })]);
    const unknown = await org
      .post(moves, { applicationId: chuong.applicationId, booths: ['Z-99'] })
      .expect(400);
    expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'booths.0' })]);
    const freeB = ['B-01', 'B-02', 'B-03'].find(
      (b) => !boothsOf(draft, batTrang.applicationId)!.includes(b),
    )!;
    // Phú Vinh asked for may-tre-dan only, and two booths that touch.
    const rules = await org
      .post(moves, { applicationId: phuVinh.applicationId, booths: [freeA, freeB] })
      .expect(422);
    expect(rules.body).toMatchObject({ code: 'placement_invalid' });
    expect(rules.body.details.rules).toEqual(expect.arrayContaining(['zone', 'connected']));
    // Chuông moves to the far corner (codes are read as the plan writes them): a valid move.
    const moved = await org
      .post(moves, { applicationId: chuong.applicationId, booths: [freeA.toLowerCase()] })
      .expect(200);
    expect(moved.body.edits).toBe(1);
    expect(
      moved.body.assignments.find((a: DraftAssignment) => a.applicationId === chuong.applicationId),
    ).toMatchObject({
      booths: [freeA],
      manual: true,
      pinned: true,
      nearMet: [],
    });
    expect(moved.body.score).toBeLessThan(draft.score);

    const published = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(200);
    expect(published.body).toMatchObject({
      assigned: 3,
      booths: 5,
      waitlisted: [vanPhuc.applicationId],
      skipped: [],
      letters: 4,
    });

    // Each producer's letter: booths and the amount due, in the member's language.
    const vi = await mailMatching(t, phuVinh.member.email, /^Gian hàng/);
    expect(vi.subject).toContain(pvBooths.join(', '));
    expect(vi.text).toContain('Số tiền phải nộp');
    expect(vi.text).toMatch(/24\.000\.000\s₫/);
    const en = await mailMatching(t, batTrang.member.email, /^Your booth/);
    expect(en.subject).toMatch(/^Your booth\(s\) at Hanoi Craft Village Fair: B-0\d, B-0\d$/);
    expect(en.text).toContain('Amount due');
    expect((await mailMatching(t, chuong.member.email, /^Gian hàng/)).text).toContain(freeA);
    const waitlisted = await mailMatching(t, vanPhuc.member.email, /danh sách chờ gian hàng/);
    expect(waitlisted.subject).toContain('danh sách chờ');
    const review = await org
      .get(`/api/v1/fairs/${fair.id}/applications/${vanPhuc.applicationId}`)
      .expect(200);
    expect(review.body.status).toBe('waitlisted');
    expect(
      await count(t, `SELECT count(*) FROM booth_assignments WHERE fair_id = $1`, [fair.id]),
    ).toBe(5);

    // Publishing the same result again records nothing new.
    const before = await count(t, 'SELECT count(*) FROM outbox_messages');
    const again = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(200);
    expect(again.body).toMatchObject({ assigned: 3, letters: 0, waitlisted: [] });
    expect(await count(t, 'SELECT count(*) FROM outbox_messages')).toBe(before);

    // A new run keeps the published booths (pinned), and publishing it sends nothing new.
    const rerun = await runAllocation(t, fair.organiser, fair.id);
    expect(rerun.summary).toMatchObject({ requests: 3, pinned: 3, assigned: 3 });
    const redraft = (
      await org.get(`/api/v1/fairs/${fair.id}/allocation/runs/${rerun.id}/draft`).expect(200)
    ).body;
    for (const a of moved.body.assignments as DraftAssignment[]) {
      expect(boothsOf(redraft, a.applicationId)).toEqual(a.booths);
    }
    const second = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${rerun.id}/publish`)
      .expect(200);
    expect(second.body).toMatchObject({ assigned: 3, letters: 0 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lettersTo(t, phuVinh.member.email)).toHaveLength(2); // approval letter + booths
    expect(await count(t, 'SELECT count(*) FROM outbox_messages')).toBe(before);

    // The first run is out of date now.
    const stale = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(409);
    expect(stale.body.code).toBe('allocation_stale');

    const list = await org.get(`/api/v1/fairs/${fair.id}/allocation/assignments`).expect(200);
    expect(list.body.assignments.map((a: { booths: string[] }) => a.booths[0]).sort()).toEqual(
      [pvBooths[0], freeA, boothsOf(draft, batTrang.applicationId)![0]].sort(),
    );
    expect(
      list.body.assignments.find(
        (a: { applicationId: string }) => a.applicationId === chuong.applicationId,
      ).manual,
    ).toBe(true);

    // The plan drawing names the producers on their booths.
    const svg = await org
      .get(`/api/v1/fairs/${fair.id}/allocation/plan.svg?show=assignments&colour=village`)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => done(null, body));
      })
      .expect(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    expect(svg.body).toContain('Làng nón Chuông');
    expect(svg.body).toContain(`${freeA} — Làng nón Chuông`);
  });

  it('re-runs with a reshuffle and keeps booths placed by hand', async () => {
    const org = as(t, fair.organiser);
    const chuong = app('Làng nón Chuông');
    const placed = (await org.get(`/api/v1/fairs/${fair.id}/allocation/assignments`).expect(200))
      .body;
    const hand = placed.assignments.find(
      (a: { applicationId: string }) => a.applicationId === chuong.applicationId,
    );
    const reshuffled = await runAllocation(t, fair.organiser, fair.id, { reshuffle: true });
    expect(reshuffled.status).toBe('done');
    // Only Chuông was placed by hand: it alone is pinned.
    expect(reshuffled.summary).toMatchObject({ pinned: 1, assigned: 3 });
    const draft = (
      await org.get(`/api/v1/fairs/${fair.id}/allocation/runs/${reshuffled.id}/draft`).expect(200)
    ).body;
    expect(boothsOf(draft, chuong.applicationId)).toEqual(hand.booths);
  });
});
