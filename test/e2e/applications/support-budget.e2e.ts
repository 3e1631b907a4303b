import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  createOpenFair,
  createProducerMember,
  OpenFair,
} from './support/applications';

/** 50% of a 12,000,000 ₫ booth is 6,000,000 ₫; 50,000,000 ₫ covers 8 of them and 2,000,000 ₫. */
const PROGRAMME = { nameVi: 'Hỗ trợ 50%', ratePercent: 50, totalBudget: '50000000' };

describe('support budget under concurrent approvals: never overspent, the database agrees', () => {
  let t: TestApp;
  let bodyId: string;
  let organisers: SignedIn[];
  let fair: OpenFair;

  async function applicants(n: number, programmeId: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const producer = await createProducerMember(t, `Cơ sở mây tre ${i + 1}`);
      ids.push(
        await applyAndSubmit(
          t,
          producer,
          fair.id,
          application({ supportProgrammeId: programmeId }),
        ),
      );
    }
    return ids;
  }

  async function ledger(programmeId: string) {
    const [programme] = await t.dataSource.query(
      'SELECT budget_used::text AS used, total_budget::text AS total FROM support_programmes WHERE id = $1',
      [programmeId],
    );
    const grants: { grant_held: string; subsidy: string | null }[] = await t.dataSource.query(
      'SELECT grant_held::text, subsidy::text FROM applications WHERE support_programme_id = $1',
      [programmeId],
    );
    return {
      used: BigInt(programme.used),
      total: BigInt(programme.total),
      held: grants.reduce((sum, g) => sum + BigInt(g.grant_held), 0n),
      subsidies: grants.map((g) => g.subsidy).filter((s) => s !== null),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    bodyId = await createBody(t);
    organisers = [
      await createUser(t, Role.Organiser, { organisingBodyId: bodyId }),
      await createUser(t, Role.Organiser, { organisingBodyId: bodyId }),
    ];
    fair = await createOpenFair(t, organisers[0], bodyId, { programme: PROGRAMME });
  });
  afterAll(() => t.close());

  it('grants 8 full shares, one partial and nothing more to 20 approvals sent at once', async () => {
    const ids = await applicants(20, fair.programmeId!);
    const responses = await Promise.all(
      ids.map((id, i) =>
        as(t, organisers[i % 2]).post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, {
          decision: 'approved',
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(ids.map(() => 200));
    const subsidies = responses.map((r) => BigInt(r.body.fee.subsidy));
    expect(subsidies.filter((s) => s === 6_000_000n)).toHaveLength(8);
    expect(subsidies.filter((s) => s === 2_000_000n)).toHaveLength(1);
    expect(subsidies.filter((s) => s === 0n)).toHaveLength(11);
    for (const r of responses) {
      expect(BigInt(r.body.fee.amountDue)).toBe(12_000_000n - BigInt(r.body.fee.subsidy));
      expect(BigInt(r.body.fee.deposit)).toBe(BigInt(r.body.fee.amountDue) / 2n);
    }

    const after = await ledger(fair.programmeId!);
    expect(after.used).toBe(50_000_000n);
    expect(after.used).toBeLessThanOrEqual(after.total);
    expect(after.held).toBe(after.used);
    expect(after.subsidies.reduce((sum, s) => sum + BigInt(s), 0n)).toBe(after.used);

    // Undoing staged approvals gives their grants back, and the freed budget serves others.
    const granted = ids.filter((_, i) => subsidies[i] === 6_000_000n).slice(0, 2);
    await as(t, organisers[0])
      .post(`/api/v1/fairs/${fair.id}/applications/decisions`, {
        applicationIds: granted,
        decision: 'waitlisted',
      })
      .expect(200);
    expect((await ledger(fair.programmeId!)).used).toBe(38_000_000n);
    const back = await as(t, organisers[1])
      .post(`/api/v1/fairs/${fair.id}/applications/decisions`, {
        applicationIds: granted,
        decision: 'approved',
      })
      .expect(200);
    expect(back.body.items.map((i: { fee: { subsidy: string } }) => i.fee.subsidy)).toEqual([
      '6000000',
      '6000000',
    ]);
    const final = await ledger(fair.programmeId!);
    expect(final).toMatchObject({ used: 50_000_000n, held: 50_000_000n });
  });

  it('holds when two organisers bulk-approve at the same moment', async () => {
    const programme = await as(t, organisers[0])
      .post(`/api/v1/fairs/${fair.id}/support-programmes`, {
        nameVi: 'Hỗ trợ đợt 2',
        ratePercent: 100,
        capPerProducer: '10000000',
        totalBudget: '45000000',
      })
      .expect(201);
    const ids = await applicants(10, programme.body.id);
    const [a, b] = await Promise.all([
      as(t, organisers[0]).post(`/api/v1/fairs/${fair.id}/applications/decisions`, {
        applicationIds: ids.slice(0, 5),
        decision: 'approved',
      }),
      as(t, organisers[1]).post(`/api/v1/fairs/${fair.id}/applications/decisions`, {
        applicationIds: ids.slice(5),
        decision: 'approved',
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const granted = [...a.body.items, ...b.body.items].map((i: { fee: { subsidy: string } }) =>
      BigInt(i.fee.subsidy),
    );
    // Each may get at most its 10,000,000 ₫ cap; 45,000,000 ₫ covers four and a half.
    expect(granted.filter((g) => g === 10_000_000n)).toHaveLength(4);
    expect(granted.filter((g) => g === 5_000_000n)).toHaveLength(1);
    const after = await ledger(programme.body.id);
    expect(after).toMatchObject({ used: 45_000_000n, total: 45_000_000n, held: 45_000_000n });
  });
});
