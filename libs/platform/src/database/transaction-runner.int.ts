import { createTestModule, TestModule } from '@hoicho/testing/test-module';

describe('TransactionRunner (on a real database)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([]);
    await m.dataSource.query('CREATE TABLE tx_probe (id int PRIMARY KEY)');
  });
  afterAll(() => m.close());

  it('runs after-commit hooks only once the rows are visible to others', async () => {
    let seenByHook: unknown[] = [];
    await m.transactions.run(async ({ manager, afterCommit }) => {
      await manager.query('INSERT INTO tx_probe VALUES (1)');
      afterCommit(async () => (seenByHook = await m.dataSource.query('SELECT id FROM tx_probe')));
    });
    expect(seenByHook).toEqual([{ id: 1 }]);
  });

  it('runs no hook and keeps no row when the work fails', async () => {
    const hook = jest.fn();
    await expect(
      m.transactions.run(async ({ manager, afterCommit }) => {
        await manager.query('INSERT INTO tx_probe VALUES (2)');
        afterCommit(hook);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(hook).not.toHaveBeenCalled();
    expect(await m.dataSource.query('SELECT id FROM tx_probe WHERE id = 2')).toEqual([]);
  });

  it('keeps the commit when a hook fails', async () => {
    await m.transactions.run(async ({ manager, afterCommit }) => {
      await manager.query('INSERT INTO tx_probe VALUES (3)');
      afterCommit(() => Promise.reject(new Error('queue down')));
    });
    expect(await m.dataSource.query('SELECT id FROM tx_probe WHERE id = 3')).toEqual([{ id: 3 }]);
  });
});
