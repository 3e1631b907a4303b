import { organiserFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AccountsModule } from '../accounts.module';
import { BankAccountRepository } from './bank-account.repository';

/** Every method of BankAccountRepository, and the table's CHECKs. */
describe('BankAccountRepository', () => {
  let m: TestModule;

  beforeAll(async () => {
    m = await createTestModule([AccountsModule]);
  });
  afterAll(() => m.close());

  it('finds nothing, then the account; an upsert replaces it; the CHECKs refuse a bad row', async () => {
    const organiser = await organiserFixture(m.dataSource);
    const bodyId = organiser.organisingBodyId!;
    const repo = m.get(BankAccountRepository);
    expect(await repo.find(bodyId)).toBeNull();
    const row = {
      organisingBodyId: bodyId,
      bankBin: '970436',
      accountNumber: '0011004123456',
      holder: 'SO CONG THUONG HA NOI',
      updatedBy: organiser.id,
      updatedAt: new Date(),
    };
    await m.transactions.run((tx) => repo.upsert(tx.manager, row));
    await m.transactions.run((tx) => repo.upsert(tx.manager, { ...row, bankBin: '970415' }));
    expect((await repo.find(bodyId))?.bankBin).toBe('970415');
    await expect(
      m.transactions.run((tx) => repo.upsert(tx.manager, { ...row, holder: 'Sở Công Thương' })),
    ).rejects.toThrow(/check/i);
  });
});
