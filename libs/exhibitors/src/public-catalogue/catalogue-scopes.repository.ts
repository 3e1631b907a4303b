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
 * `catalogue_scopes` / `catalogue_scope_members`, a search joins it by key. Storing one marks
 * it used and removes sets unused for a day; this process re-marks a set at least hourly
 * while it uses it, so a set in use is never removed.
 */
@Injectable()
export class CatalogueScopesRepository {
  private readonly keys = new WeakMap<readonly string[], string>();
  private readonly stored = new Map<string, { at: number; done: Promise<void> }>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A condition limiting `column` to `producerIds`, its parameters added to `params`.
   *
   * `hashed`: for statements that read every product they find (a ranked search, a count).
   * The scope's members are then read once into a hash that each product found is checked
   * against; OFFSET 0 keeps the planner from probing the members' index once per product
   * instead, which it did whenever its estimate of the products found was small (several
   * words: it multiplies their selectivities, 22 rows guessed for 3,285 found), and one probe
   * per product cost more than the whole rest of the search. A walk of the name index that
   * stops after a page wants that probe per row, so it is only asked for here.
   */
  async condition(
    column: string,
    producerIds: readonly string[],
    params: SqlParams,
    hashed = false,
  ): Promise<string> {
    if (producerIds.length <= INLINE_PRODUCERS) {
      return `${column} = ANY (${params.add(producerIds)}::uuid[])`;
    }
    const scope = await this.scopeOf(producerIds);
    const members = `SELECT m.producer_id FROM catalogue_scope_members m WHERE m.scope = ${params.add(scope)}`;
    return `${column} IN (${members}${hashed ? ' OFFSET 0' : ''})`;
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
   * One statement: the set and its members, or only its mark when it exists; old sets go. A
   * new set's members get fresh statistics, or the planner, guessing a handful of rows for
   * thousands, loops over the index per member instead of hashing them once.
   */
  private async store(scope: string, producerIds: readonly string[]): Promise<void> {
    const [{ created }]: { created: boolean }[] = await this.dataSource.query(
      `WITH s AS (
         INSERT INTO catalogue_scopes (scope) VALUES ($1)
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
