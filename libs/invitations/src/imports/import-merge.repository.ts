import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sameEmail } from '../visitors/email-key.sql';

/** What merging one staged chunk did. */
export interface MergeOutcome {
  /** Data rows staged (good and refused). */
  rows: number;
  /** Rows refused, by the parser or for a phone another visitor has. */
  rejected: number;
  /** New visitors. */
  created: number;
  /** Rows merged into a visitor on the list or met earlier in the chunk. */
  merged: number;
}

/** Fields a later row replaces when it states them (mergeVisitor's rule), in report order. */
const SCALARS = ['name', 'organisation', 'phone', 'country', 'language', 'segment', 'consent'];
const STAGE = 'visitor_import_stage';

/** The last value stated (not null) in line order, over a group. */
const lastStated = (field: string) =>
  `(array_agg(${field} ORDER BY line DESC) FILTER (WHERE ${field} IS NOT NULL))[1] AS ${field}`;

/** Tags united in line order, the first spelling of each key kept (unionTags' rule). */
const unitedTags = (key: string, source: string) => `
  SELECT ${key}, array_agg(tag ORDER BY line, ord) AS tags, array_agg(tag_key ORDER BY line, ord) AS tag_keys
    FROM (SELECT DISTINCT ON (${key}, tag_key) ${key}, line, ord, tag, tag_key FROM (${source}) all_tags
           ORDER BY ${key}, tag_key, line, ord) first_spellings
   GROUP BY ${key}`;

const COUNT = (cte: string) => `SELECT count(*)::int AS n FROM ${cte}`;

const PHONE_OF_LISTED = `
  WITH refused AS (
    UPDATE ${STAGE} s
       SET errors = jsonb_build_array(jsonb_build_object('field', 'phone', 'message',
           format('The phone %s is already that of %s, on the list', s.phone, v.email)))
      FROM visitors v
     WHERE s.errors IS NULL AND s.phone IS NOT NULL
       AND v.organising_body_id = $1 AND v.phone = s.phone AND v.email <> s.email::citext
    RETURNING s.line)
  ${COUNT('refused')}`;

// A phone belongs to the first address that gives it in the chunk; another address with it is
// refused, told the line. Run after PHONE_OF_LISTED, so a listed owner comes first.
const PHONE_OF_EARLIER_LINE = `
  WITH owner AS (
    SELECT line, phone,
           first_value(email) OVER (PARTITION BY phone ORDER BY line) AS owner_email,
           first_value(line) OVER (PARTITION BY phone ORDER BY line) AS owner_line
      FROM ${STAGE} WHERE errors IS NULL AND phone IS NOT NULL
  ), refused AS (
    UPDATE ${STAGE} s
       SET errors = jsonb_build_array(jsonb_build_object('field', 'phone', 'message',
           format('The phone %s is already on line %s (%s)', s.phone, o.owner_line, o.owner_email)))
      FROM owner o
     WHERE s.line = o.line AND s.email <> o.owner_email
    RETURNING s.line)
  ${COUNT('refused')}`;

const LISTED_IDS = `
  UPDATE ${STAGE} s SET visitor_id = v.id
    FROM visitors v
   WHERE s.errors IS NULL AND v.organising_body_id = $1 AND ${sameEmail('v.email', 's.email')}`;

// Most rows give an address met once in the chunk and not on the list: inserted as they are
// (their tags are already united, see parseTags); the others are folded first.
const INSERT_SINGLES = `
  WITH fresh AS (
    SELECT s.*, count(*) OVER (PARTITION BY email) AS n
      FROM ${STAGE} s WHERE errors IS NULL AND visitor_id IS NULL
  ), inserted AS (
    INSERT INTO visitors (organising_body_id, email, ${SCALARS.join(', ')}, tags, tag_keys, source)
    SELECT $1, s.email, ${SCALARS.map((c) => `s.${c}`).join(', ')}, s.tags, s.tag_keys, 'import'
      FROM fresh s WHERE s.n = 1
    RETURNING 1)
  ${COUNT('inserted')}`;

const INSERT_FOLDED = `
  WITH counted AS (
    SELECT s.*, count(*) OVER (PARTITION BY email) AS n
      FROM ${STAGE} s WHERE errors IS NULL AND visitor_id IS NULL
  ), fresh AS (
    SELECT * FROM counted WHERE n > 1
  ), folded AS (
    SELECT email, ${SCALARS.map(lastStated).join(', ')} FROM fresh GROUP BY email
  ), united AS (${unitedTags(
    'email',
    `SELECT f.email, f.line, u.ord, u.tag, u.tag_key
       FROM fresh f, unnest(f.tags, f.tag_keys) WITH ORDINALITY AS u(tag, tag_key, ord)`,
  )}
  ), inserted AS (
    INSERT INTO visitors (organising_body_id, email, ${SCALARS.join(', ')}, tags, tag_keys, source)
    SELECT $1, f.email, ${SCALARS.map((c) => `f.${c}`).join(', ')},
           coalesce(t.tags, '{}'), coalesce(t.tag_keys, '{}'), 'import'
      FROM folded f LEFT JOIN united t USING (email)
    RETURNING 1)
  ${COUNT('inserted')}`;

/** A scalar the row states that differs from what was known before it. */
const changedScalar = (field: string) =>
  `CASE WHEN p.${field} IS NOT NULL AND p.${field} IS DISTINCT FROM
     coalesce(p.before_${field}[cardinality(p.before_${field})], v.${field}) THEN '${field}' END`;

// Every row merged into a visitor (all rows of a listed address, the later rows of a new one),
// with the fields it changed against what the list and the lines before it said. Runs before
// UPDATE_LISTED, so the list still holds what it held before this chunk.
const REPORT_MERGED = `
  WITH good AS (
    SELECT s.*, row_number() OVER (PARTITION BY email ORDER BY line) AS nth,
           count(*) OVER (PARTITION BY email) AS n
      FROM ${STAGE} s WHERE errors IS NULL
  ), repeated AS (
    SELECT * FROM good WHERE visitor_id IS NOT NULL OR n > 1
  ), before AS (
    SELECT r.*, ${SCALARS.map(
      (c) => `array_agg(r.${c}) FILTER (WHERE r.${c} IS NOT NULL) OVER earlier AS before_${c}`,
    ).join(', ')}
      FROM repeated r
    WINDOW earlier AS (PARTITION BY email ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), first_keys AS (
    SELECT email, tag_key, min(line) AS first_line FROM (
      SELECT r.email, k.tag_key, r.line FROM repeated r, unnest(r.tag_keys) AS k(tag_key)
      UNION ALL
      SELECT v.email::text, k.tag_key, 0
        FROM visitors v, unnest(v.tag_keys) AS k(tag_key)
       WHERE v.id IN (SELECT visitor_id FROM repeated)
    ) keys GROUP BY email, tag_key
  )
  INSERT INTO visitor_import_duplicates (import_id, line, visitor_id, changed)
  SELECT $2, p.line, coalesce(p.visitor_id, created.id),
         array_remove(ARRAY[${SCALARS.map(changedScalar).join(',\n')},
           CASE WHEN k.first_line IS NOT NULL THEN 'tags' END], NULL)
    FROM before p
    LEFT JOIN (SELECT DISTINCT email, first_line FROM first_keys) k
      ON k.email = p.email AND k.first_line = p.line
    LEFT JOIN visitors v ON v.id = p.visitor_id
    LEFT JOIN visitors created
      ON p.visitor_id IS NULL AND created.organising_body_id = $1
     AND ${sameEmail('created.email', 'p.email')}
   WHERE p.visitor_id IS NOT NULL OR p.nth > 1`;

const UPDATE_LISTED = `
  WITH listed AS (
    SELECT * FROM ${STAGE} WHERE errors IS NULL AND visitor_id IS NOT NULL
  ), folded AS (
    SELECT visitor_id, ${SCALARS.map(lastStated).join(', ')} FROM listed GROUP BY visitor_id
  ), united AS (${unitedTags(
    'visitor_id',
    `SELECT v.id AS visitor_id, 0 AS line, u.ord, u.tag, u.tag_key
       FROM visitors v, unnest(v.tags, v.tag_keys) WITH ORDINALITY AS u(tag, tag_key, ord)
      WHERE v.id IN (SELECT visitor_id FROM folded)
     UNION ALL
     SELECT l.visitor_id, l.line, u.ord, u.tag, u.tag_key
       FROM listed l, unnest(l.tags, l.tag_keys) WITH ORDINALITY AS u(tag, tag_key, ord)`,
  )}
  ), merged AS (
    SELECT f.visitor_id, ${SCALARS.map((c) => `coalesce(f.${c}, v.${c}) AS ${c}`).join(', ')},
           coalesce(t.tags, v.tags) AS tags, coalesce(t.tag_keys, v.tag_keys) AS tag_keys
      FROM folded f JOIN visitors v ON v.id = f.visitor_id LEFT JOIN united t USING (visitor_id)
  )
  UPDATE visitors v
     SET ${SCALARS.map((c) => `${c} = m.${c}`).join(', ')}, tags = m.tags, tag_keys = m.tag_keys,
         updated_at = now()
    FROM merged m
   WHERE v.id = m.visitor_id
     AND (${SCALARS.map((c) => `m.${c}`).join(', ')}, m.tags)
         IS DISTINCT FROM (${SCALARS.map((c) => `v.${c}`).join(', ')}, v.tags)`;

const RECORD_ERRORS = `
  INSERT INTO visitor_import_errors (import_id, line, field, message)
  SELECT $1, s.line, e.value->>'field', e.value->>'message'
    FROM ${STAGE} s, jsonb_array_elements(s.errors) WITH ORDINALITY AS e(value, ord)
   WHERE s.errors IS NOT NULL
   ORDER BY s.line, e.ord`;

// Whether the chunk has anything to fold or report: an address on the list, or one given twice.
const REPEATS = `
  SELECT count(visitor_id)::int AS listed, (count(*) - count(DISTINCT email))::int AS repeated
    FROM ${STAGE} WHERE errors IS NULL`;

const COUNTS = `
  SELECT count(*)::int AS rows, count(*) FILTER (WHERE errors IS NOT NULL)::int AS rejected
    FROM ${STAGE}`;

/**
 * Merges the staged rows of a chunk into a body's list with set-based SQL, by mergeVisitor's
 * rules: a later row replaces what it states, an empty cell erases nothing, tags are united;
 * a row repeating an address (on the list or earlier in the chunk) is merged and reported on
 * its line with what it changed; a row whose phone another address has is refused on its line.
 */
@Injectable()
export class ImportMergeRepository {
  /** The caller holds the list lock and staged the chunk in this transaction. */
  async merge(manager: EntityManager, importId: string, bodyId: string): Promise<MergeOutcome> {
    const n = async (sql: string, params: unknown[]) =>
      ((await manager.query(sql, params)) as { n: number }[])[0].n;
    // Plans need the staged rows' count (a temporary table has no statistics until then).
    await manager.query(`ANALYZE ${STAGE}`);
    await manager.query(PHONE_OF_LISTED, [bodyId]);
    await manager.query(PHONE_OF_EARLIER_LINE);
    await manager.query(LISTED_IDS, [bodyId]);
    let created = await n(INSERT_SINGLES, [bodyId]);
    const [{ listed, repeated }]: { listed: number; repeated: number }[] =
      await manager.query(REPEATS);
    // Most chunks give each address once and none on the list: folding and reporting would
    // each sort the chunk again to find nothing.
    if (listed > 0 || repeated > 0) {
      created += await n(INSERT_FOLDED, [bodyId]);
      await manager.query(REPORT_MERGED, [bodyId, importId]);
      await manager.query(UPDATE_LISTED);
    }
    await manager.query(RECORD_ERRORS, [importId]);
    const [{ rows, rejected }]: { rows: number; rejected: number }[] = await manager.query(COUNTS);
    return { rows, rejected, created, merged: rows - rejected - created };
  }
}
