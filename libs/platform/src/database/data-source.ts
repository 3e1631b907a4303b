import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * The DataSource the migration CLI uses (scripts/migration.ts sets DATABASE_URL, starting
 * the embedded PostgreSQL when none is configured). The app builds its own from the same
 * options in DatabaseModule.
 */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/hoicho'),
);
