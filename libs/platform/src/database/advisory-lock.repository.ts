import { EntityManager } from 'typeorm';

/**
 * Takes the advisory lock `lock` for the transaction of `manager` if no other session holds it;
 * PostgreSQL releases it at commit or rollback. False when another session holds it.
 */
export async function tryAdvisoryXactLock(manager: EntityManager, lock: number): Promise<boolean> {
  const [{ locked }]: { locked: boolean }[] = await manager.query(
    'SELECT pg_try_advisory_xact_lock($1) AS locked',
    [lock],
  );
  return locked;
}
