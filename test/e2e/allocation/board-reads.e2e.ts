import { checkPlacement, InstanceIndex } from '@hoicho/allocation/draft/placement-rules';
import { scoreAssignments, validateInstance } from '@hoicho/allocation/engine';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  AllocatingFair,
  allocatingFair,
  as,
  DraftAssignment,
  runAllocation,
} from './support/allocation';

const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 1, zones: ['gom-su'], priority: 3 },
];

describe('allocation: what the board reads (instance, publication preview)', () => {
  let t: TestApp;
  let fair: AllocatingFair;

  beforeAll(async () => {
    t = await createTestApp();
    // Phú Vinh alone: gom-su stays free, so a move there breaks the zone rule only.
    fair = await allocatingFair(t, SPECS.slice(0, 1));
  });
  afterAll(() => t.close());

  it('answers the instance the run allocated: the rules and score it gives agree with the API', async () => {
    const org = as(t, fair.organiser);
    const run = await runAllocation(t, fair.organiser, fair.id);
    const base = `/api/v1/fairs/${fair.id}/allocation/runs/${run.id}`;
    const answer = (await org.get(`${base}/instance`).expect(200)).body;
    const instance = validateInstance(answer);
    expect(instance.booths.map((b) => b.id)).toEqual(
      expect.arrayContaining(['A-01', 'A-04', 'B-01', 'B-03']),
    );
    const phuVinh = fair.applicants.get('HTX Mây tre đan Phú Vinh')!.applicationId;
    expect(instance.requests.find((r) => r.id === phuVinh)).toMatchObject({
      size: 2,
      zones: ['may-tre-dan'],
      priority: 5,
    });

    const draft = (await org.get(`${base}/draft`).expect(200)).body;
    const placed = (draft.assignments as DraftAssignment[]).map((a) => ({
      request: a.applicationId,
      booths: a.booths,
    }));
    expect(scoreAssignments(instance, placed)).toBe(draft.score);

    // A pair in the wrong zone: the rule says so before the API is asked, and the API agrees.
    const index = new InstanceIndex(instance);
    const issues = checkPlacement(index, phuVinh, ['B-02', 'B-03'], new Map(), false);
    expect(issues.map((i) => i.rule)).toEqual(['zone']);
    const refused = await org
      .post(`${base}/draft/moves`, { applicationId: phuVinh, booths: ['B-02', 'B-03'] })
      .expect(422);
    expect(refused.body.details.rules).toEqual(['zone']);
  });

  it('previews a publication: counts and the first booths letter, writing nothing', async () => {
    const org = as(t, fair.organiser);
    const run = await runAllocation(t, fair.organiser, fair.id);
    const base = `/api/v1/fairs/${fair.id}/allocation/runs/${run.id}`;
    const [{ n: before }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox_messages',
    );
    const preview = (await org.post(`${base}/publish-preview`).expect(200)).body;
    expect(preview).toMatchObject({
      current: true,
      assigned: 1,
      waitlisted: 0,
      unreleased: 0,
      letters: 1,
    });
    expect(preview.sample.producerName).toBe('HTX Mây tre đan Phú Vinh');
    expect(preview.sample.text).toContain('A-0');
    const [{ n: after }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox_messages',
    );
    expect(after).toBe(before);
    expect(await t.dataSource.query('SELECT 1 FROM booth_assignments')).toEqual([]);
  });

  it('is 404 for another body’s organiser', async () => {
    const other = await allocatingFair(t, SPECS.slice(1));
    const run = await runAllocation(t, fair.organiser, fair.id);
    const base = `/api/v1/fairs/${fair.id}/allocation/runs/${run.id}`;
    await as(t, other.organiser).get(`${base}/instance`).expect(404);
    await as(t, other.organiser).post(`${base}/publish-preview`).expect(404);
  });
});
