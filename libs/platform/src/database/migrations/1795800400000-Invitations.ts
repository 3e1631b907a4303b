import { MigrationInterface, QueryRunner } from 'typeorm';

const SEGMENTS = `'buyer', 'press', 'vip', 'public'`;
const RSVP = `'pending', 'accepted', 'declined'`;
const AUDIENCES = `'unanswered', 'not_opened', 'accepted', 'accepted_not_checked_in', 'declined'`;
const SCAN_RESULTS = `'admitted', 'already_admitted', 'revoked', 'wrong_fair', 'invalid'`;

/**
 * Visitors and their imports, campaigns with reminders, invitations (one per visitor per
 * campaign, the token kept only as a hash plus a sealed copy for reminders), tickets signed
 * with a per-fair Ed25519 key (private key sealed with a key derived from APP_SECRET), and gate
 * check-ins (one per ticket: the primary key is what makes two gates admit a ticket once).
 */
export class Invitations1795800400000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE visitors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        email citext NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email::text = lower(email::text)),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        organisation text CHECK (length(organisation) BETWEEN 1 AND 300),
        phone text CHECK (length(phone) BETWEEN 1 AND 40),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        language text CHECK (language IN ('vi', 'en')),
        segment text CHECK (segment IN (${SEGMENTS})),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
        -- tags compared case-insensitively (audiences match on these keys)
        tag_keys text[] NOT NULL DEFAULT '{}',
        consent boolean,
        source text NOT NULL CHECK (source IN ('import', 'manual', 'self_registration')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT visitors_body_email_unique UNIQUE (organising_body_id, email),
        CONSTRAINT visitors_body_id_unique UNIQUE (organising_body_id, id)
      )`);
    await q.query(
      'CREATE INDEX visitors_body_segment_idx ON visitors (organising_body_id, segment)',
    );
    await q.query('CREATE INDEX visitors_tag_keys_idx ON visitors USING gin (tag_keys)');
    await q.query(
      "CREATE INDEX visitors_search_idx ON visitors USING gin (hc_search_key(name || ' ' || coalesce(organisation, '') || ' ' || email::text) gin_trgm_ops)",
    );

    await q.query(`
      CREATE TABLE visitor_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        size_bytes integer NOT NULL CHECK (size_bytes >= 0),
        -- the upload, kept until the import has run (any worker process can read it)
        file bytea,
        status text NOT NULL DEFAULT 'uploaded'
          CHECK (status IN ('uploaded', 'queued', 'running', 'completed', 'failed')),
        -- the last line whose outcome is committed: a restarted job resumes after it
        last_line integer NOT NULL DEFAULT 0,
        bytes_read bigint NOT NULL DEFAULT 0,
        rows_read integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        merged_count integer NOT NULL DEFAULT 0,
        rejected_count integer NOT NULL DEFAULT 0,
        failure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT visitor_imports_counts CHECK (rows_read = created_count + merged_count + rejected_count)
      )`);
    await q.query(
      'CREATE INDEX visitor_imports_body_idx ON visitor_imports (organising_body_id, created_at DESC)',
    );
    await q.query(`
      CREATE TABLE visitor_import_errors (
        id bigserial PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES visitor_imports(id) ON DELETE CASCADE,
        line integer NOT NULL CHECK (line >= 1),
        field text NOT NULL,
        message text NOT NULL
      )`);
    await q.query(
      'CREATE INDEX visitor_import_errors_import_idx ON visitor_import_errors (import_id, line, id)',
    );

    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        kind text NOT NULL DEFAULT 'invitation' CHECK (kind IN ('invitation', 'registration')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        subject_vi text NOT NULL CHECK (length(subject_vi) BETWEEN 1 AND 200),
        subject_en text NOT NULL CHECK (length(subject_en) BETWEEN 1 AND 200),
        body_vi text NOT NULL CHECK (length(body_vi) BETWEEN 1 AND 10000),
        body_en text NOT NULL CHECK (length(body_en) BETWEEN 1 AND 10000),
        audience_all boolean NOT NULL DEFAULT false,
        audience_segments text[] NOT NULL DEFAULT '{}'
          CHECK (audience_segments <@ ARRAY[${SEGMENTS}]::text[]),
        audience_tags text[] NOT NULL DEFAULT '{}',
        audience_visitor_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(audience_visitor_ids) <= 10000),
        max_guests smallint NOT NULL DEFAULT 0 CHECK (max_guests BETWEEN 0 AND 20),
        pre_accepted boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'scheduled', 'sending', 'sent', 'cancelled')),
        scheduled_at timestamptz,
        fan_out_started_at timestamptz,
        fan_out_finished_at timestamptz,
        invited_count integer NOT NULL DEFAULT 0,
        suppressed_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_scheduled_has_time CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
        CONSTRAINT campaigns_scope_unique UNIQUE (id, organising_body_id, fair_id)
      )`);
    await q.query(
      'CREATE INDEX campaigns_body_idx ON campaigns (organising_body_id, created_at DESC)',
    );
    await q.query(`CREATE INDEX campaigns_due_idx ON campaigns (status, scheduled_at)
                   WHERE status IN ('scheduled', 'sending')`);
    // One self-registration list per fair.
    await q.query(
      `CREATE UNIQUE INDEX campaigns_registration_unique ON campaigns (fair_id) WHERE kind = 'registration'`,
    );

    await q.query(`
      CREATE TABLE campaign_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN (${AUDIENCES})),
        subject_vi text NOT NULL CHECK (length(subject_vi) BETWEEN 1 AND 200),
        subject_en text NOT NULL CHECK (length(subject_en) BETWEEN 1 AND 200),
        body_vi text NOT NULL CHECK (length(body_vi) BETWEEN 1 AND 10000),
        body_en text NOT NULL CHECK (length(body_en) BETWEEN 1 AND 10000),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'sending', 'sent', 'cancelled')),
        scheduled_at timestamptz NOT NULL,
        sent_count integer NOT NULL DEFAULT 0,
        suppressed_count integer NOT NULL DEFAULT 0,
        fan_out_finished_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX campaign_reminders_campaign_idx ON campaign_reminders (campaign_id, created_at)',
    );
    await q.query(`CREATE INDEX campaign_reminders_due_idx ON campaign_reminders (status, scheduled_at)
                   WHERE status IN ('scheduled', 'sending')`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Two composite keys say everything (campaign, its body and fair; a visitor of that
        -- body) with two checks per row instead of five: a fan-out inserts 100,000 rows.
        campaign_id uuid NOT NULL,
        visitor_id uuid NOT NULL,
        organising_body_id uuid NOT NULL,
        fair_id uuid NOT NULL,
        -- SHA-256 hex of the link token: what a presented token is looked up by
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        -- the token sealed with a key derived from APP_SECRET, so reminders carry the same link
        token_sealed text NOT NULL,
        rsvp_status text NOT NULL DEFAULT 'pending' CHECK (rsvp_status IN (${RSVP})),
        guests smallint NOT NULL DEFAULT 0 CHECK (guests >= 0),
        answered_at timestamptz,
        opened_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_one_per_visitor UNIQUE (campaign_id, visitor_id),
        CONSTRAINT invitations_guests_only_if_accepted CHECK (rsvp_status = 'accepted' OR guests = 0),
        CONSTRAINT invitations_answered CHECK ((rsvp_status = 'pending') = (answered_at IS NULL)),
        CONSTRAINT invitations_campaign_scope FOREIGN KEY (campaign_id, organising_body_id, fair_id)
          REFERENCES campaigns (id, organising_body_id, fair_id) ON DELETE RESTRICT,
        CONSTRAINT invitations_visitor_same_body FOREIGN KEY (organising_body_id, visitor_id)
          REFERENCES visitors (organising_body_id, id) ON DELETE RESTRICT
      )`);
    await q.query(
      'CREATE INDEX invitations_campaign_rsvp_idx ON invitations (campaign_id, rsvp_status)',
    );
    await q.query('CREATE INDEX invitations_visitor_idx ON invitations (visitor_id)');

    await q.query(`
      CREATE TABLE fair_ticket_keys (
        fair_id uuid PRIMARY KEY REFERENCES fairs(id) ON DELETE RESTRICT,
        algorithm text NOT NULL DEFAULT 'Ed25519' CHECK (algorithm = 'Ed25519'),
        public_key text NOT NULL CHECK (public_key ~ '^[A-Za-z0-9_-]{43}$'),
        private_key_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        invitation_id uuid NOT NULL REFERENCES invitations(id) ON DELETE RESTRICT,
        visitor_id uuid NOT NULL REFERENCES visitors(id) ON DELETE RESTRICT,
        initials text NOT NULL CHECK (initials ~ '^[A-Z0-9]{0,8}$'),
        guests smallint NOT NULL DEFAULT 0 CHECK (guests >= 0),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
        expires_at timestamptz NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text CHECK (length(revoked_reason) <= 500),
        CONSTRAINT tickets_revoked_at CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
      )`);
    // An invitation holds at most one live ticket; a revoked one stays for the gate to recognise.
    await q.query(
      `CREATE UNIQUE INDEX tickets_one_active_per_invitation ON tickets (invitation_id) WHERE status = 'active'`,
    );
    await q.query('CREATE INDEX tickets_fair_idx ON tickets (fair_id, status)');

    await q.query(`
      CREATE TABLE check_ins (
        ticket_id uuid PRIMARY KEY REFERENCES tickets(id) ON DELETE RESTRICT,
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        gate text NOT NULL CHECK (length(gate) BETWEEN 1 AND 40),
        admitted_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        offline boolean NOT NULL DEFAULT false,
        scanned_by uuid REFERENCES users(id) ON DELETE RESTRICT
      )`);
    await q.query('CREATE INDEX check_ins_fair_time_idx ON check_ins (fair_id, admitted_at)');
    await q.query(`
      CREATE TABLE gate_scans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        gate text NOT NULL CHECK (length(gate) BETWEEN 1 AND 40),
        -- a device's id for one scan: an upload repeated after a lost answer is recognised
        nonce text CHECK (length(nonce) BETWEEN 8 AND 100),
        ticket_id uuid,
        result text NOT NULL CHECK (result IN (${SCAN_RESULTS})),
        reason text,
        answer jsonb NOT NULL,
        scanned_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        offline boolean NOT NULL DEFAULT false,
        scanned_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT gate_scans_nonce_unique UNIQUE (fair_id, nonce)
      )`);
    await q.query('CREATE INDEX gate_scans_fair_time_idx ON gate_scans (fair_id, scanned_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'gate_scans',
      'check_ins',
      'tickets',
      'fair_ticket_keys',
      'invitations',
      'campaign_reminders',
      'campaigns',
      'visitor_import_errors',
      'visitor_imports',
      'visitors',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
