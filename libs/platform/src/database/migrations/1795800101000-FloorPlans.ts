import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Zones (pavilions, with an optional hall), booth types with their price in đồng, booths and
 * their neighbours. Composite foreign keys on (fair_id, id) keep every reference inside one
 * fair; a neighbour pair is stored once with booth_a < booth_b, so the relation is symmetric by
 * construction and cannot list a booth as its own neighbour.
 */
export class FloorPlans1795800101000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE zones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 120),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 120),
        hall text CHECK (length(hall) BETWEEN 1 AND 80),
        colour text CHECK (colour ~ '^#[0-9a-f]{6}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT zones_code_unique UNIQUE (fair_id, code),
        CONSTRAINT zones_fair_id_unique UNIQUE (fair_id, id)
      )`);
    await q.query(`
      CREATE TABLE booth_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 120),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 120),
        width_m numeric(6, 2) NOT NULL CHECK (width_m > 0),
        depth_m numeric(6, 2) NOT NULL CHECK (depth_m > 0),
        price bigint NOT NULL CHECK (price >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booth_types_code_unique UNIQUE (fair_id, code),
        CONSTRAINT booth_types_fair_id_unique UNIQUE (fair_id, id)
      )`);
    await q.query(`
      CREATE TABLE booths (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 32 AND code !~ '[[:space:]]'),
        zone_id uuid NOT NULL,
        booth_type_id uuid NOT NULL,
        x double precision NOT NULL CHECK (x >= 0),
        y double precision NOT NULL CHECK (y >= 0),
        width double precision NOT NULL CHECK (width > 0),
        height double precision NOT NULL CHECK (height > 0),
        corner boolean NOT NULL DEFAULT false,
        blocked boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booths_code_unique UNIQUE (fair_id, code),
        CONSTRAINT booths_fair_id_unique UNIQUE (fair_id, id),
        CONSTRAINT booths_zone_fk FOREIGN KEY (fair_id, zone_id) REFERENCES zones (fair_id, id) ON DELETE RESTRICT,
        CONSTRAINT booths_type_fk FOREIGN KEY (fair_id, booth_type_id) REFERENCES booth_types (fair_id, id) ON DELETE RESTRICT
      )`);
    await q.query('CREATE INDEX booths_zone_idx ON booths (zone_id)');
    await q.query('CREATE INDEX booths_type_idx ON booths (booth_type_id)');
    await q.query(`
      CREATE TABLE booth_neighbours (
        fair_id uuid NOT NULL,
        booth_a uuid NOT NULL,
        booth_b uuid NOT NULL,
        PRIMARY KEY (booth_a, booth_b),
        CONSTRAINT booth_neighbours_ordered CHECK (booth_a < booth_b),
        CONSTRAINT booth_neighbours_a_fk FOREIGN KEY (fair_id, booth_a) REFERENCES booths (fair_id, id) ON DELETE CASCADE,
        CONSTRAINT booth_neighbours_b_fk FOREIGN KEY (fair_id, booth_b) REFERENCES booths (fair_id, id) ON DELETE CASCADE
      )`);
    await q.query('CREATE INDEX booth_neighbours_b_idx ON booth_neighbours (booth_b)');
    await q.query('CREATE INDEX booth_neighbours_fair_idx ON booth_neighbours (fair_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['booth_neighbours', 'booths', 'booth_types', 'zones']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
