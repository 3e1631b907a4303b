import { EntityManager } from 'typeorm';

/**
 * Which of many addresses must get no bulk mail. SuppressionService answers one address at a
 * time; a fan-out needs thousands per query, so this adapter reads the notifications area's
 * suppression list directly, read-only, with the same rule (scope 'bulk' or 'all').
 * TODO(notifications): replace with a bulk method on SuppressionService.
 */
export async function suppressedAmong(
  manager: EntityManager,
  emails: readonly string[],
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows: { email: string }[] = await manager.query(
    `SELECT DISTINCT lower(email::text) AS email FROM suppressions
      WHERE email = ANY($1::citext[]) AND scope IN ('bulk', 'all')`,
    [emails],
  );
  return new Set(rows.map((row) => row.email));
}

/**
 * The same rule as a condition on a query's row (`column` holds its address): a fan-out reads
 * it with the page's visitors instead of sending 2,000 addresses back in a second query.
 */
export const bulkSuppressedSql = (column: string) =>
  `EXISTS (SELECT 1 FROM suppressions s WHERE s.email = ${column} AND s.scope IN ('bulk', 'all'))`;
