import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PageQueryDto } from '@hoicho/platform';

/** A row merged into a visitor already listed (or met earlier in the file), and what it changed. */
export interface ImportDuplicate {
  line: number;
  visitorId: string;
  changed: string[];
}

export interface ImportDuplicateView {
  line: number;
  email: string;
  name: string;
  changed: string[];
}

/** The rows each import merged into an existing visitor (`visitor_import_duplicates`). */
@Injectable()
export class ImportDuplicateRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(
    manager: EntityManager,
    importId: string,
    rows: readonly ImportDuplicate[],
  ): Promise<void> {
    if (rows.length === 0) return;
    // Array columns cannot ride unnest (it flattens them), so each row's changes go as JSON.
    await manager.query(
      `INSERT INTO visitor_import_duplicates (import_id, line, visitor_id, changed)
       SELECT $1, d.line, d.visitor_id,
              ARRAY(SELECT jsonb_array_elements_text(d.changed))
         FROM unnest($2::int[], $3::uuid[], $4::jsonb[]) AS d(line, visitor_id, changed)`,
      [
        importId,
        rows.map((r) => r.line),
        rows.map((r) => r.visitorId),
        rows.map((r) => JSON.stringify(r.changed)),
      ],
    );
  }

  /** One page of an import's merged rows, by line, with the visitor each one went into. */
  async page(
    importId: string,
    page: PageQueryDto,
  ): Promise<{ items: ImportDuplicateView[]; total: number }> {
    const [items, [{ total }]]: [ImportDuplicateView[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT d.line, v.email::text AS email, v.name, d.changed
           FROM visitor_import_duplicates d JOIN visitors v ON v.id = d.visitor_id
          WHERE d.import_id = $1 ORDER BY d.line LIMIT $2 OFFSET $3`,
        [importId, page.pageSize, (page.page - 1) * page.pageSize],
      ),
      this.dataSource.query(
        'SELECT count(*)::int AS total FROM visitor_import_duplicates WHERE import_id = $1',
        [importId],
      ),
    ]);
    return { items, total };
  }
}
