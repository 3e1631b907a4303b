import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * The rows of one query read through a server-side cursor, `batch` at a time, in a read-only
 * transaction of their own: one sort and one consistent snapshot however large the result,
 * never the whole result in memory. The connection goes back to the pool when the reader is
 * done, or stops early (a download cut short ends the generator).
 */
export async function* cursorRows<Row>(
  dataSource: DataSource,
  sql: string,
  params: readonly unknown[],
  batch = 1000,
): AsyncGenerator<Row> {
  const runner = dataSource.createQueryRunner();
  const cursor = `export_${randomBytes(6).toString('hex')}`;
  await runner.connect();
  try {
    await runner.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`, [...params]);
    for (;;) {
      const rows: Row[] = await runner.query(`FETCH ${batch} FROM ${cursor}`);
      yield* rows;
      if (rows.length < batch) break;
    }
  } finally {
    await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
