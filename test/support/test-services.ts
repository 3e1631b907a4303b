import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@hoicho/platform/database/data-source-options';
import { startEmbeddedPostgres } from '@hoicho/platform/embedded/embedded-postgres';
import { startEmbeddedRedis } from '@hoicho/platform/embedded/embedded-redis';

// Per run, so two runs on one machine (or one server) never drop each other's template.
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? `hoicho_template_${process.pid}`;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Starts what the end-to-end suites share, once per run: PostgreSQL with a migrated template
 * database (each test file clones it) and Redis (each file uses its own key prefix). Set
 * DATABASE_URL / REDIS_URL to use real servers instead of private ones.
 */
export async function startTestServices(root: string) {
  const stops: (() => Promise<void>)[] = [];
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = join(root, `.data/test/postgres-${process.pid}`);
    const pg = await startEmbeddedPostgres({ dataDir, fast: true });
    stops.push(async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.password`, { force: true });
    });
    adminUrl = pg.url;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const dataDir = join(root, `.data/test/redis-${process.pid}`);
    const redis = await startEmbeddedRedis({ dataDir, persistent: false });
    stops.push(async () => {
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    redisUrl = redis.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl, TEMPLATE_DB)));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  stops.push(async () => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await client.end();
  });
  return {
    adminUrl,
    redisUrl,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

export { withDatabase };

export interface ClonedDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A private database cloned from the migrated template (a test file's, a bench run's). */
export async function cloneTemplate(adminUrl: string, name: string): Promise<ClonedDatabase> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    // Two files cloning the template at the same instant collide; try again briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
        break;
      } catch (error) {
        if (attempt > 20 || !/being accessed by other users/.test((error as Error).message))
          throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
