import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a transaction holding the advisory lock `lock`, or not at all (undefined)
 * when another process holds it: every worker process sweeps, one at a time. Each sweep has
 * its own fixed lock number, the same in all processes.
 */
export async function underSweepLock<T>(
  dataSource: DataSource,
  lock: number,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T | undefined> {
  return dataSource.transaction(async (manager) => {
    const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
      lock,
    ]);
    return locked ? work(manager) : undefined;
  });
}
