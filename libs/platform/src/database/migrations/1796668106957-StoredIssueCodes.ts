import { Logger } from '@nestjs/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

type Coded = { code: string; params: Record<string, unknown> };

// The English sentences allocation runs and statement imports stored before codes, frozen here
// as a migration must be (it imports no library above the platform).
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const list = (text: string) => text.split(', ');
const RUN_WARNINGS: [RegExp, (m: RegExpExecArray) => Coded][] = [
  [
    new RegExp(
      `^(Pin|Published booth) of ${UUID} \\((.*)\\) ignored: the application wants (\\d+) booth\\(s\\)$`,
    ),
    (m) => ({
      code: m[1] === 'Pin' ? 'pin_wrong_size' : 'published_wrong_size',
      params: { application: m[2], booths: list(m[3]), size: Number(m[4]) },
    }),
  ],
  [
    new RegExp(`^(Pin|Published booth) of ${UUID} ignored: (.*) cannot be rented$`),
    (m) => ({
      code: m[1] === 'Pin' ? 'pin_not_rentable' : 'published_not_rentable',
      params: { application: m[2], booths: list(m[3]) },
    }),
  ],
  [
    new RegExp(`^Published booths of ${UUID} not kept: (.+) is pinned to ${UUID}$`),
    (m) => ({
      code: 'published_pinned_elsewhere',
      params: { application: m[1], booth: m[2], holder: m[3] },
    }),
  ],
];
const LINE_ERRORS: [RegExp, string][] = [
  [/^"(.*)" is not an amount in đồng$/s, 'amount_invalid'],
  [/^"(.*)" is not a date \(dd\/MM\/yyyy\)$/s, 'date_invalid'],
];

/** Every element an object with a text `code`: what the API words per language. */
const CODED = (column: string) =>
  `NOT jsonb_path_exists(${column}, '$[*] ? (@.type() != "object" || !exists(@.code ? (@.type() == "string")))')`;

/**
 * Allocation run warnings and statement import line errors are stored as stable codes with
 * params, no longer as English sentences: the API words them in the caller's language and the
 * web from its catalogue. Stored sentences become codes; one that matches no known sentence
 * (none was ever written) is named in the log and dropped. Constraints keep them coded.
 */
export class StoredIssueCodes1796668106957 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const log = new Logger('StoredIssueCodes');
    const runs: { id: string; warnings: unknown[] }[] = await q.query(
      `SELECT id, warnings FROM allocation_runs
        WHERE jsonb_path_exists(warnings, '$[*] ? (@.type() == "string")') ORDER BY id`,
    );
    for (const run of runs) {
      const coded = run.warnings.flatMap((w) => {
        if (typeof w !== 'string') return [w];
        for (const [pattern, toCode] of RUN_WARNINGS) {
          const m = pattern.exec(w);
          if (m) return [toCode(m)];
        }
        log.warn(`allocation run ${run.id}: warning "${w}" is no known sentence, dropped`);
        return [];
      });
      await q.query('UPDATE allocation_runs SET warnings = $2 WHERE id = $1', [
        run.id,
        JSON.stringify(coded),
      ]);
    }
    const imports: { id: string; errors: Record<string, unknown>[] }[] = await q.query(
      `SELECT id, errors FROM statement_imports
        WHERE jsonb_path_exists(errors, '$[*] ? (!exists(@.code))') ORDER BY id`,
    );
    for (const row of imports) {
      const coded = row.errors.flatMap(({ message, ...error }) => {
        if ('code' in error) return [error];
        for (const [pattern, code] of LINE_ERRORS) {
          const m = pattern.exec(String(message));
          if (m) return [{ ...error, code, params: { value: m[1] } }];
        }
        log.warn(`statement import ${row.id}: line error "${message}" is no known one, dropped`);
        return [];
      });
      await q.query('UPDATE statement_imports SET errors = $2 WHERE id = $1', [
        row.id,
        JSON.stringify(coded),
      ]);
    }
    log.log(`${runs.length} runs' warnings and ${imports.length} imports' line errors coded`);
    await q.query(
      `ALTER TABLE allocation_runs ADD CONSTRAINT allocation_runs_warnings_coded
         CHECK (${CODED('warnings')})`,
    );
    await q.query(
      `ALTER TABLE statement_imports ADD CONSTRAINT statement_imports_errors_coded
         CHECK (jsonb_typeof(errors) = 'array' AND ${CODED('errors')})`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The codes stay (the sentences are not written back); only the constraints go.
    await q.query('ALTER TABLE statement_imports DROP CONSTRAINT statement_imports_errors_coded');
    await q.query('ALTER TABLE allocation_runs DROP CONSTRAINT allocation_runs_warnings_coded');
  }
}
