import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { cursorRows } from './cursor-rows.repository';

describe('cursorRows (on a real database)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([]);
  });
  afterAll(() => m.close());

  /** Sessions of this database left inside a transaction (a cursor never closed would be one). */
  const leftOpen = async () =>
    (
      await m.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      )
    )[0].n as number;

  it('reads every row in order, a batch at a time, and returns its connection', async () => {
    const rows: number[] = [];
    for await (const row of cursorRows<{ n: number }>(
      m.dataSource,
      'SELECT n FROM generate_series(1, $1::int) AS n ORDER BY n',
      [2500],
      1000,
    )) {
      rows.push(row.n);
    }
    expect(rows).toHaveLength(2500);
    expect(rows[0]).toBe(1);
    expect(rows[2499]).toBe(2500);
    expect(await leftOpen()).toBe(0);
  });

  it('lets go of its cursor and connection when the reader stops early', async () => {
    const seen: number[] = [];
    for await (const row of cursorRows<{ n: number }>(
      m.dataSource,
      'SELECT n FROM generate_series(1, 5000) AS n ORDER BY n',
      [],
      100,
    )) {
      seen.push(row.n);
      if (seen.length === 150) break;
    }
    expect(seen.at(-1)).toBe(150);
    expect(await leftOpen()).toBe(0);
  });
});
