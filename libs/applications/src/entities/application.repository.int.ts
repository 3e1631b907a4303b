import {
  ApplicantFixture,
  applicantsFixture,
  fairFixture,
  FairFixture,
  producerMemberFixture,
} from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ApplicationRepository, NewApplication } from './application.repository';

/** Ten applicants end approved ×3, staged approval, waitlisted, rejected, submitted ×2, draft, withdrawn. */
const APPROVED = [0, 1, 2];
const STAGED = 3;
const WAITLISTED = 4;
const DRAFT = 8;
const WITHDRAWN_DRAFT = 9;

describe('ApplicationRepository (on the migrated schema)', () => {
  let m: TestModule;
  let apps: ApplicationRepository;
  let fair: FairFixture;
  let people: ApplicantFixture[];
  const ids = (indices: number[]) => indices.map((i) => people[i].applicationId).sort();

  beforeAll(async () => {
    m = await createTestModule([ApplicationsModule]);
    apps = m.get(ApplicationRepository);
    fair = await fairFixture(m);
    people = await applicantsFixture(m, fair, 10);
  });
  afterAll(() => m.close());

  it('findOwn, lockOwn and listOwn reach only the producer’s own applications', async () => {
    const [a, b] = people;
    expect((await apps.findOwn(a.producerId, a.applicationId))!.id).toBe(a.applicationId);
    expect(await apps.findOwn(b.producerId, a.applicationId)).toBeNull();
    await m.transactions.run(async ({ manager }) => {
      expect((await apps.lockOwn(manager, a.producerId, a.applicationId))!.status).toBe('approved');
      expect(await apps.lockOwn(manager, b.producerId, a.applicationId)).toBeNull();
    });
    expect((await apps.listOwn(a.producerId)).map((x) => x.id)).toEqual([a.applicationId]);
    expect(await apps.listOwn(a.producerId, '00000000-0000-0000-0000-000000000000')).toEqual([]);
  });

  it('insert and findLive: one live application per producer and fair (a unique index)', async () => {
    const member = await producerMemberFixture(m.dataSource, 'Cơ sở mới');
    const row: NewApplication = {
      fairId: fair.id,
      producerId: member.producerId,
      reference: 'HC-0123456789',
      status: 'draft',
      pendingDecision: null,
      boothsWanted: 2,
      boothTypeIds: [
        (await m.dataSource.query('SELECT id FROM booth_types WHERE fair_id = $1', [fair.id]))[0]
          .id,
      ],
      zoneIds: [],
      wantsCorner: true,
      nearProducerIds: [],
      productIds: [],
      needsPower: false,
      needsWater: false,
      needsNote: null,
      supportProgrammeId: null,
      producerName: 'Cơ sở mới',
      legalForm: null,
      craftVillage: null,
      craftVillageRecognised: false,
      craft: null,
      ocopRatings: [{ stars: 4, expiresOn: '2031-01-01' }],
      ocopStars: 4,
      firstParticipation: true,
      grantHeld: '0',
      amountPaid: '0',
      createdBy: member.id,
    };
    const created = await m.transactions.run(({ manager }) => apps.insert(manager, row));
    expect(created.id).toBeDefined();
    expect(await apps.findOwn(member.producerId, created.id)).toMatchObject({
      boothsWanted: 2,
      ocopRatings: [{ stars: 4, expiresOn: '2031-01-01' }],
      fee: null,
      grantHeld: '0',
    });
    await m.transactions.run(async ({ manager }) => {
      expect(await apps.findLive(manager, fair.id, member.producerId)).toBe(created.id);
      expect(await apps.findLive(manager, fair.id, people[WITHDRAWN_DRAFT].producerId)).toBeNull();
    });
    await expect(
      m.transactions.run(({ manager }) =>
        apps.insert(manager, { ...row, reference: 'HC-9876543210' }),
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'applications_one_live_per_producer' } });
  });

  it('update writes the changes; approvedElsewhere sees approvals of other fairs only', async () => {
    const draft = people[DRAFT];
    await m.transactions.run(async ({ manager }) => {
      await apps.update(manager, draft.applicationId, {
        needsNote: 'Cần ổ điện',
        wantsCorner: true,
      });
      expect(await apps.approvedElsewhere(manager, people[0].producerId, fair.id)).toBe(false);
    });
    expect(await apps.findOwn(draft.producerId, draft.applicationId)).toMatchObject({
      needsNote: 'Cần ổ điện',
      wantsCorner: true,
    });
    const other = await fairFixture(m);
    await m.transactions.run(async ({ manager }) => {
      expect(await apps.approvedElsewhere(manager, people[0].producerId, other.id)).toBe(true);
    });
  });

  it('findSubmitted, lockSubmitted and lockInFair: drafts only when asked for, by id', async () => {
    const everyone = people.map((p) => p.applicationId);
    const submitted = (await apps.findSubmitted(fair.id, everyone)).map((a) => a.id);
    expect(submitted).toEqual(ids([0, 1, 2, 3, 4, 5, 6, 7]));
    await m.transactions.run(async ({ manager }) => {
      expect((await apps.lockSubmitted(manager, fair.id, everyone)).map((a) => a.id)).toEqual(
        submitted,
      );
      expect((await apps.lockInFair(manager, fair.id, everyone)).map((a) => a.id)).toEqual(
        [...everyone].sort(),
      );
      expect(await apps.lockInFair(manager, fair.id, [])).toEqual([]);
    });
  });

  it('stagedSubmitters, findStaged and lockStaged find staged decisions, of the ids given or all', async () => {
    const staged = people[STAGED];
    expect(await apps.stagedSubmitters(fair.id)).toEqual([
      { id: staged.applicationId, submittedBy: staged.member.id },
    ]);
    expect(await apps.stagedSubmitters(fair.id, [people[0].applicationId])).toEqual([]);
    expect((await apps.findStaged(fair.id)).map((a) => [a.id, a.pendingDecision])).toEqual([
      [staged.applicationId, 'approved'],
    ]);
    expect(await apps.findStaged(fair.id, [people[0].applicationId])).toEqual([]);
    await m.transactions.run(async ({ manager }) => {
      expect((await apps.lockStaged(manager, fair.id)).map((a) => a.pendingDecision)).toEqual([
        'approved',
      ]);
    });
  });

  it('approvedInFair counts a staged approval; waitlistedInFair only released ones', async () => {
    expect((await apps.approvedInFair(fair.id)).map((a) => a.id)).toEqual(
      ids([...APPROVED, STAGED]),
    );
    expect((await apps.waitlistedInFair(fair.id)).map((a) => a.id)).toEqual(ids([WAITLISTED]));
  });

  it('priorityInputs: every application in the review, not drafts nor withdrawn ones', async () => {
    const rows = await apps.priorityInputs(fair.id);
    expect(rows.map((r) => r.id).sort()).toEqual(ids([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(rows[0]).toEqual({
      id: expect.any(String),
      submittedAt: expect.any(Date),
      craftVillageRecognised: false,
      firstParticipation: expect.any(Boolean),
      ocopRatings: [],
      priorityOverride: null,
    });
  });

  it('markWaitlisted moves released approvals to the waiting list', async () => {
    const at = new Date('2030-01-02T03:04:05Z');
    await m.transactions.run(({ manager }) =>
      apps.markWaitlisted(manager, fair.id, [people[2].applicationId], at),
    );
    expect(await apps.findOwn(people[2].producerId, people[2].applicationId)).toMatchObject({
      status: 'waitlisted',
      decidedAt: at,
      releasedAt: at,
    });
  });
});
