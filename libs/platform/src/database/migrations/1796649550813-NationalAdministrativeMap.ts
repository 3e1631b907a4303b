import { MigrationInterface, QueryRunner } from 'typeorm';
import seed from '../seed/admin-units.json';

interface Remap {
  old: string;
  new: string;
}

/**
 * Loads the whole two-level map (34 provinces, 3,321 communes/wards, official codes; source in
 * ../seed/README.md). The first seed had demo commune codes: a commune whose name matches an
 * official one of the same province takes the official code, and every row pointing at it
 * (producers, craft villages, any foreign key to communes) follows. Communes admins added that
 * are not on the list stay, since data may use them.
 */
export class NationalAdministrativeMap1796649550813 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const provinces = JSON.stringify(seed.provinces);
    await q.query(
      `INSERT INTO provinces (code, name)
       SELECT p->>'code', p->>'name' FROM jsonb_array_elements($1::jsonb) p
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
         WHERE provinces.name IS DISTINCT FROM EXCLUDED.name`,
      [provinces],
    );
    await q.query(
      'CREATE TEMP TABLE official_communes (code text, province_code text, name text, kind text)',
    );
    await q.query(
      `INSERT INTO official_communes
       SELECT c->>0, p->>'code', c->>1, c->>2
         FROM jsonb_array_elements($1::jsonb) p, jsonb_array_elements(p->'communes') c`,
      [provinces],
    );
    await this.moveToOfficialCodes(q);
    await q.query(
      `INSERT INTO communes (code, province_code, name, kind)
       SELECT code, province_code, name, kind FROM official_communes
       ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code,
         name = EXCLUDED.name, kind = EXCLUDED.kind, updated_at = now()
         WHERE (communes.province_code, communes.name, communes.kind)
           IS DISTINCT FROM (EXCLUDED.province_code, EXCLUDED.name, EXCLUDED.kind)`,
    );
    await q.query('DROP TABLE official_communes');
  }

  /**
   * Old codes can be another commune's official code (demo "Phú Nghĩa" held Thường Tín's), so
   * a commune moves only once its official code is free or already holds the same commune.
   */
  private async moveToOfficialCodes(q: QueryRunner): Promise<void> {
    let pending: Remap[] = await q.query(
      `SELECT c.code AS old, o.code AS new FROM communes c
         JOIN official_communes o ON o.province_code = c.province_code
          AND hc_search_key(o.name) = hc_search_key(c.name) AND o.code <> c.code`,
    );
    const references: { tbl: string; col: string }[] = await q.query(
      `SELECT con.conrelid::regclass::text AS tbl, a.attname AS col
         FROM pg_constraint con
         CROSS JOIN LATERAL unnest(con.conkey, con.confkey) AS k(src, dst)
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.src
         JOIN pg_attribute f ON f.attrelid = con.confrelid AND f.attnum = k.dst
        WHERE con.contype = 'f' AND con.confrelid = 'communes'::regclass AND f.attname = 'code'`,
    );
    while (pending.length > 0) {
      const blocked: Remap[] = [];
      for (const remap of pending) {
        const [target]: { same: boolean }[] = await q.query(
          `SELECT hc_search_key(t.name) = hc_search_key(c.name) AS same
             FROM communes t, communes c WHERE t.code = $1 AND c.code = $2`,
          [remap.new, remap.old],
        );
        if (target && !target.same) {
          blocked.push(remap);
          continue;
        }
        if (!target)
          await q.query(
            `INSERT INTO communes (code, province_code, name, kind)
             SELECT code, province_code, name, kind FROM official_communes WHERE code = $1`,
            [remap.new],
          );
        for (const { tbl, col } of references)
          await q.query(`UPDATE ${tbl} SET ${col} = $1 WHERE ${col} = $2`, [remap.new, remap.old]);
        await q.query('DELETE FROM communes WHERE code = $1', [remap.old]);
      }
      if (blocked.length === pending.length)
        throw new Error(`Commune codes swap in a cycle: ${JSON.stringify(blocked)}`);
      pending = blocked;
    }
  }

  /** The map is data, not schema: going back leaves it (the old demo codes were wrong). */
  async down(): Promise<void> {}
}
