/**
 * npm run migration:run | migration:revert
 * Uses the app's DataSource options; with no DATABASE_URL it works on the embedded database.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { dataSourceOptions } from '@hoicho/platform/database/data-source-options';
import { startEmbeddedPostgres } from '@hoicho/platform/embedded/embedded-postgres';

async function main(): Promise<void> {
  const [command] = process.argv.slice(2);
  const raw = parseEnvironment(process.env);
  const embedded = raw.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: join(raw.DATA_DIR, 'postgres') });
  const dataSource = new DataSource(dataSourceOptions(raw.DATABASE_URL ?? embedded!.url));
  try {
    await dataSource.initialize();
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'no pending migrations');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else {
      throw new Error('usage: migration.ts run | revert');
    }
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
