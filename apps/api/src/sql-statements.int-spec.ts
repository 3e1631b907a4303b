import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@hoicho/testing/test-app';
import { SqlStatement, sqlStatementsIn } from '@hoicho/testing/sql-statements';

const ROOT = join(__dirname, '../../..');
/** Statements PostgreSQL can prepare (and so check against the schema without running them). */
const PREPARABLE = /^\s*(\(?\s*SELECT|INSERT|UPDATE|DELETE|WITH|VALUES|MERGE)\b/i;
/** A repository's temporary table (an import's staging table), which its statements use. */
const TEMP_TABLE = /^\s*CREATE\s+TEMP(ORARY)?\s+TABLE\b/i;

/** The library code that may hold SQL: not tests, not migrations, not the embedded servers. */
function libraryFiles(): string[] {
  return execSync("git ls-files 'libs/*.ts'", { cwd: ROOT })
    .toString()
    .split('\n')
    .filter(
      (file) =>
        file && !/\.(int-)?spec\.ts$|\.int\.ts$|\/testing\/|\/migrations\/|\/embedded\//.test(file),
    );
}

/**
 * Every raw statement of the libraries, prepared on a clone of the migrated template: PostgreSQL
 * parses and plans it against the real schema without running it, so a renamed column, a
 * missing table or a wrong cast fails here rather than in a user's request. Statements put
 * together at run time (a WHERE clause from filters) are left to their repository's spec.
 */
describe('raw SQL of the libraries (prepared on the real schema)', () => {
  let database: TestDatabase;
  let client: Client;
  const statements: SqlStatement[] = libraryFiles().flatMap((file) =>
    sqlStatementsIn(join(ROOT, file), file),
  );
  const fixed = statements.filter((s) => s.sql && PREPARABLE.test(s.sql));
  const tempTables = statements.filter((s) => s.sql && TEMP_TABLE.test(s.sql));

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    // Created for this session (not dropped at the end of its transaction, as a repository's
    // is), so the statements that read or fill them can be prepared too.
    for (const { sql } of tempTables)
      await client.query(sql!.replace(/\bON\s+COMMIT\s+DROP\b/i, ''));
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('finds the statements to check', () => {
    // A sanity floor: the scan reads the code it should (127 fixed statements when written).
    expect(fixed.length).toBeGreaterThan(100);
  });

  it('prepares every fixed statement', async () => {
    const broken: string[] = [];
    for (const [i, { where, sql }] of fixed.entries()) {
      try {
        await client.query(`PREPARE check_${i} AS ${sql}`);
        await client.query(`DEALLOCATE check_${i}`);
      } catch (error) {
        broken.push(`${where}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
