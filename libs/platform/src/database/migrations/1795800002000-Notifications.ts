import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox (one row per message, its whole delivery life) and the suppression list. */
export class Notifications1795800002000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL UNIQUE CHECK (length(dedupe_key) BETWEEN 1 AND 300),
        organising_body_id uuid REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        campaign_id uuid,
        recipient citext NOT NULL,
        locale text NOT NULL CHECK (locale IN ('vi', 'en')),
        template text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        bulk boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'sending', 'sent', 'retrying', 'failed', 'suppressed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts integer NOT NULL CHECK (max_attempts >= 1),
        send_after timestamptz,
        lease_until timestamptz,
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        sent_at timestamptz,
        smtp_response text,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outbox_sending_has_lease CHECK (status <> 'sending' OR lease_until IS NOT NULL)
      )`);
    // The sweep only ever looks at unfinished rows.
    await q.query(`CREATE INDEX outbox_unfinished_idx ON outbox_messages (status, created_at)
                   WHERE status IN ('queued', 'retrying', 'sending')`);
    await q.query(
      'CREATE INDEX outbox_body_created_idx ON outbox_messages (organising_body_id, created_at DESC)',
    );
    await q.query(
      'CREATE INDEX outbox_campaign_status_idx ON outbox_messages (campaign_id, status) WHERE campaign_id IS NOT NULL',
    );
    await q.query('CREATE INDEX outbox_recipient_idx ON outbox_messages (recipient)');
    await q.query(`
      CREATE TABLE suppressions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL,
        scope text NOT NULL CHECK (scope IN ('bulk', 'all')),
        reason text NOT NULL CHECK (reason IN ('unsubscribed', 'bounced', 'complaint', 'manual')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email, scope)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE suppressions');
    await q.query('DROP TABLE outbox_messages');
  }
}
