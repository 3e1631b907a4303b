import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support programmes that pay part of the booth fee. The applications area consumes the
 * budget by raising budget_used; the CHECK makes the database itself refuse to overspend,
 * whatever two organisers approve at the same moment.
 */
export class SupportProgrammes1795800102000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 200),
        rate_percent smallint NOT NULL CHECK (rate_percent BETWEEN 1 AND 100),
        max_booths_per_producer smallint CHECK (max_booths_per_producer >= 1),
        cap_per_booth bigint CHECK (cap_per_booth >= 0),
        cap_per_producer bigint CHECK (cap_per_producer >= 0),
        total_budget bigint NOT NULL CHECK (total_budget >= 0),
        budget_used bigint NOT NULL DEFAULT 0,
        require_recognised_craft_village boolean NOT NULL DEFAULT false,
        min_ocop_stars smallint CHECK (min_ocop_stars BETWEEN 1 AND 5),
        allowed_legal_forms text[] NOT NULL DEFAULT '{}' CHECK (
          allowed_legal_forms <@ ARRAY['enterprise', 'cooperative', 'cooperative_group', 'household_business']::text[]),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT support_programmes_budget CHECK (budget_used >= 0 AND budget_used <= total_budget),
        CONSTRAINT support_programmes_fair_id_unique UNIQUE (fair_id, id)
      )`);
    await q.query('CREATE INDEX support_programmes_fair_idx ON support_programmes (fair_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE support_programmes');
  }
}
