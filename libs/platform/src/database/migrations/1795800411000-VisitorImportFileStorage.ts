import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The import job reads the stored upload in slices (`substring`). On a compressed value every
 * slice decompresses the file from its start, so reading it all costs the square of its size;
 * stored uncompressed, a slice reads only its own TOAST chunks. The file is dropped once the
 * import has run, so the space matters little.
 */
export class VisitorImportFileStorage1795800411000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE visitor_imports ALTER COLUMN file SET STORAGE EXTERNAL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE visitor_imports ALTER COLUMN file SET STORAGE EXTENDED');
  }
}
