import { DataSource } from 'typeorm';

/** Resolves once PostgreSQL answers a trivial statement on a pooled connection. */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT 1');
}
