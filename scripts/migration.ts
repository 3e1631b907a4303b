/**
 * npm run migration:run | migration:revert | migration:generate -- Name
 * Uses the app's DataSource options; with no DATABASE_URL it works on the embedded database.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { dataSourceOptions } from '@hoicho/platform/database/data-source-options';
import { startEmbeddedPostgres } from '@hoicho/platform/embedded/embedded-postgres';

async function generate(dataSource: DataSource, name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a PascalCase name: npm run migration:generate -- AddFairs');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (!sql.upQueries.length) {
    console.log('the entities match the database: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  const line = (q: { query: string; parameters?: unknown[] }) =>
    `    await q.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
  const file = join(__dirname, '../libs/platform/src/database/migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities: review it, add CHECKs and indexes the entities cannot express. */
export class ${name}${timestamp} implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(line).join('\n')}
  }
}
`,
  );
  console.log(`wrote ${file}`);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
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
    } else if (command === 'generate') {
      await generate(dataSource, name ?? '');
    } else {
      throw new Error('usage: migration.ts run | revert | generate Name');
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
