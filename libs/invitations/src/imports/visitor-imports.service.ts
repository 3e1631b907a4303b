import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, assertBodyAccess, AuthUser, Page, PageQueryDto, pageOf } from '@hoicho/platform';
import { parseVisitorImport } from '../domain';
import { InvitationQueues } from '../common/invitation-queues';
import { importNotStartable } from '../invitations.errors';
import {
  ImportRowErrorDto,
  PreviewRowDto,
  VisitorImportDto,
  VisitorImportUploadDto,
} from './dto/import.dto';
import { countingSource, ImportUpload } from './visitor-import.source';
import { VisitorImport } from './visitor-import.entity';
import { toImportDto } from './visitor-import.view';

const PREVIEW_ROWS = 20;

/** Upload, preview and start imports, and read their progress and errors. */
@Injectable()
export class VisitorImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: InvitationQueues,
  ) {}

  /**
   * Reads the first rows for the preview (a file without a usable header is refused here, with
   * the reason) and stores the upload; the import itself runs as a job.
   */
  async upload(
    user: AuthUser,
    bodyId: string,
    upload: ImportUpload,
    start: boolean,
  ): Promise<VisitorImportUploadDto> {
    const preview: PreviewRowDto[] = [];
    const source = countingSource(upload.data);
    for await (const item of parseVisitorImport(source.stream, upload.format)) {
      if ('errors' in item) {
        const fatal = item.errors.find((e) => e.field === 'header' || e.field === 'file');
        if (fatal && preview.length === 0) {
          throw AppError.validation(
            [{ field: fatal.field, message: fatal.message, line: item.line }],
            `The file cannot be imported: ${fatal.message}`,
          );
        }
        preview.push({
          line: item.line,
          errors: item.errors.map((e) => ({ line: item.line, ...e })),
        });
      } else {
        preview.push({ line: item.line, visitor: item.visitor });
      }
      if (preview.length >= PREVIEW_ROWS) break;
    }
    source.stream.destroy();

    const repository = this.dataSource.getRepository(VisitorImport);
    const saved = await repository.save(
      repository.create({
        organisingBodyId: bodyId,
        createdBy: user.id,
        filename: upload.filename,
        format: upload.format,
        sizeBytes: upload.data.length,
        file: upload.data,
        status: 'uploaded',
      }),
    );
    const row = start ? await this.queue(saved.id) : await this.reload(saved.id);
    return { ...toImportDto(row), preview };
  }

  async load(user: AuthUser, importId: string): Promise<VisitorImport> {
    const row = await this.dataSource.getRepository(VisitorImport).findOneBy({ id: importId });
    if (!row) throw AppError.notFound('Import');
    assertBodyAccess(user, row.organisingBodyId, 'Import');
    return row;
  }

  async get(user: AuthUser, importId: string): Promise<VisitorImportDto> {
    return toImportDto(await this.load(user, importId));
  }

  async start(user: AuthUser, importId: string): Promise<VisitorImportDto> {
    const row = await this.load(user, importId);
    if (row.status !== 'uploaded') throw importNotStartable(row.status);
    return toImportDto(await this.queue(importId));
  }

  private async queue(importId: string): Promise<VisitorImport> {
    const [rows] = await this.dataSource.query(
      `UPDATE visitor_imports SET status = 'queued', queued_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'uploaded' RETURNING id`,
      [importId],
    );
    if ((rows as unknown[]).length === 0) {
      throw importNotStartable((await this.reload(importId)).status);
    }
    // Committed first, then queued: the sweep re-adds the job if this add is lost.
    await this.queues.addImport(importId);
    return this.reload(importId);
  }

  private reload(importId: string): Promise<VisitorImport> {
    return this.dataSource.getRepository(VisitorImport).findOneByOrFail({ id: importId });
  }

  async list(bodyId: string, query: PageQueryDto): Promise<Page<VisitorImportDto>> {
    const [rows, total] = await this.dataSource.getRepository(VisitorImport).findAndCount({
      where: { organisingBodyId: bodyId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return pageOf(rows.map(toImportDto), total, query);
  }

  async errors(
    user: AuthUser,
    importId: string,
    query: PageQueryDto,
  ): Promise<Page<ImportRowErrorDto>> {
    await this.load(user, importId);
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT line, field, message FROM visitor_import_errors WHERE import_id = $1
          ORDER BY line, id LIMIT $2 OFFSET $3`,
        [importId, query.pageSize, (query.page - 1) * query.pageSize],
      ) as Promise<ImportRowErrorDto[]>,
      this.dataSource.query(
        'SELECT count(*)::int AS total FROM visitor_import_errors WHERE import_id = $1',
        [importId],
      ) as Promise<{ total: number }[]>,
    ]);
    return pageOf(items, total, query);
  }
}
