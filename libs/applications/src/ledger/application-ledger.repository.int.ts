import { applicantsFixture, fairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ApplicationLedgerRepository } from './application-ledger.repository';

/** Every method of ApplicationLedgerRepository against the real database. */
describe('ApplicationLedgerRepository', () => {
  let m: TestModule;
  let repo: ApplicationLedgerRepository;

  beforeAll(async () => {
    m = await createTestModule([ApplicationsModule]);
    repo = m.get(ApplicationLedgerRepository);
  });
  afterAll(() => m.close());

  it('payables, byIds (locked or not), owing and addPaid (summed per id, CHECK kept)', async () => {
    const fair = await fairFixture(m);
    const apps = await applicantsFixture(m, fair, 5);
    const payables = await repo.payables(fair.id);
    // Released approvals only (the demo cycle releases three of five).
    expect(payables.map((p) => p.id).sort()).toEqual(
      apps
        .filter((a) => a.status === 'approved' && !a.pendingDecision)
        .map((a) => a.applicationId)
        .sort(),
    );
    expect(payables[0]).toMatchObject({ fairId: fair.id, amountPaid: '0' });
    const [first] = payables;
    const any = await repo.byIds(
      fair.id,
      apps.map((a) => a.applicationId),
    );
    expect(any).toHaveLength(5);
    expect((await repo.owing()).map((r) => r.id)).toEqual(expect.arrayContaining([first.id]));
    await m.transactions.run(async ({ manager }) => {
      const locked = await repo.byIds(fair.id, [first.id], manager, true);
      expect(locked).toHaveLength(1);
      await repo.addPaid(manager, [{ id: first.id, amount: 1000n }]);
    });
    expect((await repo.byIds(fair.id, [first.id]))[0].amountPaid).toBe('1000');
    await expect(
      m.transactions.run(({ manager }) =>
        repo.addPaid(manager, [{ id: first.id, amount: BigInt(first.amountDue!) }]),
      ),
    ).rejects.toThrow(/applications_paid_within_due/);
  });
});
