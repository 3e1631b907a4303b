import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rows of an import that repeated an address already on the list (or earlier in the file)
 * and were merged into that visitor: reported to the organiser by line, never merged silently.
 * The row names the visitor, not the address, so deleting a visitor forgets its report rows.
 */
export class VisitorImportDuplicates1796646866036 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE visitor_import_duplicates (
        import_id uuid NOT NULL REFERENCES visitor_imports(id) ON DELETE CASCADE,
        line integer NOT NULL CHECK (line > 1),
        visitor_id uuid NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        changed text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(
      'CREATE INDEX visitor_import_duplicates_visitor_idx ON visitor_import_duplicates (visitor_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE visitor_import_duplicates');
  }
}
