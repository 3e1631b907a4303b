import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Taking the money (issue 20): the organising body's bank account (accounts), a fair's payment
 * terms, bank statements and their lines, payments with receipt numbers, reminders sent
 * (payments). What must never break is enforced here:
 * - a bank transaction counts once per organising body: `statement_lines` is unique on
 *   (body, tx_key) for every line that is not itself reported as a duplicate;
 * - a statement line pays at most one payment (`payments.statement_line_id` unique);
 * - a reminder of a kind goes once per application (primary key);
 * - money is positive bigint đồng; outcomes, states and kinds are CHECKed.
 */
export class Payments1796655711544 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE body_bank_accounts (
        organising_body_id uuid PRIMARY KEY REFERENCES organising_bodies(id) ON DELETE CASCADE,
        bank_bin text NOT NULL CHECK (bank_bin ~ '^[0-9]{6}$'),
        account_number text NOT NULL CHECK (account_number ~ '^[0-9A-Z]{4,19}$'),
        holder text NOT NULL CHECK (holder ~ '^[A-Z0-9 .,&()/-]{2,70}$'),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE payment_terms (
        fair_id uuid PRIMARY KEY REFERENCES fairs(id) ON DELETE CASCADE,
        deposit_due_days smallint NOT NULL CHECK (deposit_due_days BETWEEN 0 AND 90),
        balance_days_before_opening smallint NOT NULL
          CHECK (balance_days_before_opening BETWEEN 0 AND 180),
        reminder_days smallint NOT NULL CHECK (reminder_days BETWEEN 1 AND 30),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE statement_mappings (
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE CASCADE,
        bank_bin text NOT NULL CHECK (bank_bin ~ '^[0-9]{6}$'),
        mapping jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organising_body_id, bank_bin)
      )`);
    await q.query(`
      CREATE TABLE statement_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE CASCADE,
        bank_bin text NOT NULL,
        filename text NOT NULL,
        counts jsonb NOT NULL,
        errors jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX statement_imports_fair_idx ON statement_imports (fair_id, created_at)',
    );
    await q.query(`
      CREATE TABLE statement_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        import_id uuid NOT NULL REFERENCES statement_imports(id) ON DELETE CASCADE,
        fair_id uuid NOT NULL,
        organising_body_id uuid NOT NULL,
        line integer NOT NULL CHECK (line > 0),
        booked_on date NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        description text NOT NULL,
        bank_ref text,
        payer_account text,
        tx_key text NOT NULL,
        outcome text NOT NULL
          CHECK (outcome IN ('exact', 'partial', 'over_paid', 'unmatched', 'duplicate')),
        state text NOT NULL CHECK (state IN ('recorded', 'open', 'ignored')),
        application_id uuid,
        settled_by uuid REFERENCES users(id) ON DELETE SET NULL,
        settled_at timestamptz,
        UNIQUE (import_id, line),
        FOREIGN KEY (fair_id, application_id) REFERENCES applications(fair_id, id) ON DELETE SET NULL (application_id),
        CHECK (outcome <> 'duplicate' OR state = 'ignored')
      )`);
    await q.query(`
      CREATE UNIQUE INDEX statement_lines_transaction_once
        ON statement_lines (organising_body_id, tx_key) WHERE outcome <> 'duplicate'`);
    await q.query(
      "CREATE INDEX statement_lines_open_idx ON statement_lines (fair_id) WHERE state = 'open'",
    );
    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL,
        application_id uuid NOT NULL,
        receipt_no bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        paid_on date NOT NULL,
        method text NOT NULL CHECK (method IN ('transfer', 'cash', 'statement')),
        reference text,
        note text,
        statement_line_id uuid UNIQUE REFERENCES statement_lines(id) ON DELETE RESTRICT,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (fair_id, application_id) REFERENCES applications(fair_id, id) ON DELETE CASCADE,
        CHECK ((method = 'statement') = (statement_line_id IS NOT NULL))
      )`);
    await q.query('CREATE INDEX payments_application_idx ON payments (application_id)');
    await q.query('CREATE INDEX payments_fair_idx ON payments (fair_id, recorded_at)');
    await q.query(`
      CREATE TABLE payment_reminders (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('deposit', 'balance')),
        due_on date NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'payment_reminders',
      'payments',
      'statement_lines',
      'statement_imports',
      'statement_mappings',
      'payment_terms',
      'body_bank_accounts',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
