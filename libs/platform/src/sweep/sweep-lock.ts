import { DataSource, EntityManager } from 'typeorm';
import { tryAdvisoryXactLock } from '../database/advisory-lock.repository';

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
  return dataSource.transaction(async (manager) =>
    (await tryAdvisoryXactLock(manager, lock)) ? work(manager) : undefined,
  );
}
