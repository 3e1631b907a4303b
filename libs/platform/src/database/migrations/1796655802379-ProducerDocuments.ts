import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'business_registration', 'ocop_certificate', 'craft_village_recognition',
  'food_safety', 'other'`;
const REQUIRABLE = `'business_registration', 'ocop_certificate', 'craft_village_recognition',
  'food_safety'`;

/**
 * A producer's documents (registration certificate, OCOP certificate…), the file kept in the
 * same storage as product photos, and the organisers' check. One current document per kind
 * (`replaced_at IS NULL`, except "other"): a new upload of a kind replaces the earlier one,
 * which stays as history (an organiser may have checked it), and the requirement check and the
 * organiser read one answer per kind. A fair lists the kinds it requires.
 */
export class ProducerDocuments1796655802379 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE producer_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        title text CHECK (length(title) BETWEEN 1 AND 200),
        storage_key text NOT NULL UNIQUE,
        content_type text NOT NULL
          CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        issued_on date NOT NULL,
        expires_on date,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'checked', 'refused')),
        refusal_reason text CHECK (length(refusal_reason) BETWEEN 1 AND 500),
        reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        replaced_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT producer_documents_expiry_after_issue
          CHECK (expires_on IS NULL OR expires_on >= issued_on),
        CONSTRAINT producer_documents_refusal_reason
          CHECK ((status = 'refused') = (refusal_reason IS NOT NULL)),
        CONSTRAINT producer_documents_reviewed
          CHECK ((status = 'pending') = (reviewed_at IS NULL)),
        CONSTRAINT producer_documents_other_titled CHECK (kind <> 'other' OR title IS NOT NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX producer_documents_one_current_per_kind
        ON producer_documents (producer_id, kind)
        WHERE replaced_at IS NULL AND kind <> 'other'`);
    await q.query(
      'CREATE INDEX producer_documents_producer_idx ON producer_documents (producer_id, created_at DESC)',
    );
    await q.query(`
      ALTER TABLE fairs
        ADD COLUMN required_document_kinds text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT fairs_required_document_kinds
          CHECK (required_document_kinds <@ ARRAY[${REQUIRABLE}]::text[])`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE fairs DROP COLUMN required_document_kinds');
    await q.query('DROP TABLE producer_documents');
  }
}
