import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params';

/** Up to this many producers travel inline as an array; more are stored once as a scope. */
export const INLINE_PRODUCERS = 50;
/** How long this process trusts that a scope it stored is still there (it is kept a day). */
const TRUSTED_MS = 60 * 60 * 1000;

/**
 * Sets of producers a search is limited to (a fair's exhibitors: thousands of ids). Sent with
 * every statement, such a list cost more than the search itself (the text of 5,000 uuids to
 * send, parse and plan around, twice per search); stored once under the hash of its ids in
 * `catalogue_scopes` (with one bit per producer number) / `catalogue_scope_members`, a search
 * reads it by key. Storing one marks it used and removes sets unused for a day; this process
 * re-marks a set at least hourly while it uses it, so a set in use is never removed.
 */
@Injectable()
export class CatalogueScopesRepository {
  private readonly keys = new WeakMap<readonly string[], string>();
  private readonly stored = new Map<string, { at: number; done: Promise<void> }>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A condition limiting the catalogue row `cp` to `producerIds`, its parameters added to
   * `params`.
   *
   * `readsAll`: for statements that read every product they find (a ranked search, a count).
   * Each product found then tests one bit of the set (`producer_bits`, bit n for the producer
   * numbered n: `cp.producer_no`), read once per statement: cheaper than a hash of the
   * members built per statement and probed per product, and no join for the planner to get
   * wrong (several words make it guess a handful of rows, and it probed the members' index
   * once per product found: 3,285 probes for "bat trang gom"). `|| B''` gives the statement
   * its own uncompressed copy, so a long set is not decompressed per product; a producer
   * numbered after the set was stored is not in it (a set never changes; a new roster is a
   * new set). A walk of the name index that stops after a page probes the members' index per
   * row instead: the planner cannot guess how many rows a bit test keeps, and walks only
   * when it expects many.
   */
  async condition(
    producerIds: readonly string[],
    params: SqlParams,
    readsAll = false,
  ): Promise<string> {
    if (producerIds.length <= INLINE_PRODUCERS) {
      return `cp.producer_id = ANY (${params.add(producerIds)}::uuid[])`;
    }
    const scope = params.add(await this.scopeOf(producerIds));
    if (readsAll) {
      const bits = `FROM catalogue_scopes s WHERE s.scope = ${scope}`;
      return `CASE WHEN cp.producer_no < (SELECT bit_length(s.producer_bits) ${bits})
        THEN get_bit((SELECT s.producer_bits || B'' ${bits}), cp.producer_no) = 1 END`;
    }
    return `cp.producer_id IN (SELECT m.producer_id FROM catalogue_scope_members m WHERE m.scope = ${scope})`;
  }

  /** The key of the set, stored (or marked used) first when this process has not lately. */
  async scopeOf(producerIds: readonly string[]): Promise<string> {
    let key = this.keys.get(producerIds);
    if (!key) {
      const hash = createHash('sha256');
      for (const id of [...new Set(producerIds)].sort()) hash.update(id.toLowerCase());
      key = `p:${hash.digest('base64url')}`;
      this.keys.set(producerIds, key);
    }
    const known = this.stored.get(key);
    if (known && Date.now() - known.at < TRUSTED_MS) {
      await known.done;
      return key;
    }
    for (const [old, { at }] of this.stored) {
      if (Date.now() - at >= TRUSTED_MS) this.stored.delete(old);
    }
    const done = this.store(key, producerIds);
    this.stored.set(key, { at: Date.now(), done });
    done.catch(() => this.stored.delete(key));
    await done;
    return key;
  }

  /**
   * One statement: the set (its members' rows and bits), or only its mark when it exists; old
   * sets go. A new set's members get fresh statistics, or the planner, guessing a handful of
   * rows for thousands, loops over the index per member instead of hashing them once.
   */
  private async store(scope: string, producerIds: readonly string[]): Promise<void> {
    const [{ created }]: { created: boolean }[] = await this.dataSource.query(
      `WITH numbers AS (SELECT catalogue_no AS no FROM producers WHERE id = ANY ($2::uuid[])),
       s AS (
         INSERT INTO catalogue_scopes (scope, producer_bits)
         SELECT $1, coalesce(string_agg(CASE WHEN x.no IS NULL THEN '0' ELSE '1' END, '' ORDER BY n), '')::varbit
           FROM generate_series(0, (SELECT coalesce(max(no), -1) FROM numbers)) AS n
           LEFT JOIN numbers x ON x.no = n
         ON CONFLICT (scope) DO UPDATE SET used_at = now()
         RETURNING (xmax = 0) AS created),
       m AS (
         INSERT INTO catalogue_scope_members (scope, producer_id)
         SELECT $1, id FROM unnest($2::uuid[]) AS id, s WHERE s.created
         ON CONFLICT DO NOTHING),
       gone AS (
         DELETE FROM catalogue_scopes
          WHERE used_at < now() - interval '1 day' AND scope <> $1
            AND EXISTS (SELECT 1 FROM s WHERE s.created))
       SELECT created FROM s`,
      [scope, [...new Set(producerIds)]],
    );
    if (created) await this.dataSource.query('ANALYZE catalogue_scope_members');
  }
}
