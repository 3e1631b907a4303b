import { DataSource } from 'typeorm';

/** Row count and content hash of one table. */
export type Fingerprint = Record<string, string>;

/** The one statement that fingerprints every table, per database (the schema never changes mid-test). */
const statements = new WeakMap<DataSource, Promise<string>>();

async function fingerprintStatement(dataSource: DataSource): Promise<string> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS print FROM "${name}" t`,
    )
    .join('\nUNION ALL ');
}

/**
 * Every table of the schema by its exact content: the row count and an md5 of its rows' text,
 * order-independent. Two fingerprints are equal only if no row was inserted, updated (any
 * column, timestamps included) or deleted in between. Exact where the statistics views are
 * not: pg_stat_user_tables is updated asynchronously and counts rolled-back writes too. One
 * statement for all tables: the suite takes hundreds of fingerprints.
 */
export async function fingerprint(dataSource: DataSource): Promise<Fingerprint> {
  if (!statements.has(dataSource)) statements.set(dataSource, fingerprintStatement(dataSource));
  const rows: { name: string; print: string }[] = await dataSource.query(
    await statements.get(dataSource)!,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** The tables whose content differs, for a readable failure. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
