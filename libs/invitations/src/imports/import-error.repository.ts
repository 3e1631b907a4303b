import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PageQueryDto } from '@hoicho/platform';

/** A refused row of an import: its physical line, the field and why. */
export interface ImportRowError {
  line: number;
  field: string;
  message: string;
}

/** The rows each import refused (`visitor_import_errors`). */
@Injectable()
export class ImportErrorRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(
    manager: EntityManager,
    importId: string,
    errors: readonly ImportRowError[],
  ): Promise<void> {
    if (errors.length === 0) return;
    await manager.query(
      `INSERT INTO visitor_import_errors (import_id, line, field, message)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
      [
        importId,
        errors.map((e) => e.line),
        errors.map((e) => e.field),
        errors.map((e) => e.message),
      ],
    );
  }

  /** One page of an import's refusals, by line. */
  async page(
    importId: string,
    page: PageQueryDto,
  ): Promise<{ items: ImportRowError[]; total: number }> {
    const [items, [{ total }]]: [ImportRowError[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT line, field, message FROM visitor_import_errors WHERE import_id = $1
          ORDER BY line, id LIMIT $2 OFFSET $3`,
        [importId, page.pageSize, (page.page - 1) * page.pageSize],
      ),
      this.dataSource.query(
        'SELECT count(*)::int AS total FROM visitor_import_errors WHERE import_id = $1',
        [importId],
      ),
    ]);
    return { items, total };
  }
}
