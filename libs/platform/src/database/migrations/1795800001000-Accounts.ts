import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organising bodies, producers (the root row; exhibitors adds the profile), users, sessions. */
export class Accounts1795800001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organising_bodies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code citext NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]{2,40}$'),
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
        name_en text CHECK (length(name_en) <= 200),
        email citext,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE producers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legal_name_vi text NOT NULL CHECK (length(legal_name_vi) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE,
        password_hash text NOT NULL,
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 120),
        role text NOT NULL CHECK (role IN ('admin', 'organiser', 'gate_staff', 'producer')),
        organising_body_id uuid REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        producer_id uuid REFERENCES producers(id) ON DELETE RESTRICT,
        locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
        email_verified_at timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_body_scope CHECK ((role IN ('organiser', 'gate_staff')) = (organising_body_id IS NOT NULL)),
        CONSTRAINT users_producer_scope CHECK ((role = 'producer') = (producer_id IS NOT NULL))
      )`);
    await q.query('CREATE INDEX users_organising_body_idx ON users (organising_body_id)');
    await q.query('CREATE INDEX users_producer_idx ON users (producer_id)');
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text
      )`);
    await q.query('CREATE INDEX sessions_user_idx ON sessions (user_id)');
    await q.query(`
      CREATE TABLE auth_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX auth_tokens_user_idx ON auth_tokens (user_id, purpose)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['auth_tokens', 'sessions', 'users', 'producers', 'organising_bodies']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
