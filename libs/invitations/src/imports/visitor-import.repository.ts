import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PageQueryDto } from '@hoicho/platform';
import type { VisitorImportFormat } from '../domain';
import { VisitorImport } from './visitor-import.entity';

export interface NewVisitorImport {
  organisingBodyId: string;
  createdBy: string;
  filename: string;
  format: VisitorImportFormat;
  file: Buffer;
}

/** An import a job has claimed: where to resume. */
export interface ClaimedImport {
  id: string;
  organisingBodyId: string;
  format: VisitorImportFormat;
  lastLine: number;
}

/** What one committed batch adds to an import's counters. */
export interface ImportBatchProgress {
  rows: number;
  created: number;
  merged: number;
  rejected: number;
  lastLine: number;
  bytesRead: number;
}

/** Uploaded visitor lists, their stored file and their progress (`visitor_imports`). */
@Injectable()
export class VisitorImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, upload: NewVisitorImport): Promise<string> {
    const repository = manager.getRepository(VisitorImport);
    const saved = await repository.save(
      repository.create({ ...upload, sizeBytes: upload.file.length, status: 'uploaded' }),
    );
    return saved.id;
  }

  findById(id: string): Promise<VisitorImport | null> {
    return this.dataSource.getRepository(VisitorImport).findOneBy({ id });
  }

  /** A body's imports, newest first. */
  async page(
    bodyId: string,
    page: PageQueryDto,
  ): Promise<{ items: VisitorImport[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(VisitorImport).findAndCount({
      where: { organisingBodyId: bodyId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { items, total };
  }

  /** uploaded → queued; false when the import had left `uploaded` already. */
  async markQueued(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE visitor_imports SET status = 'queued', queued_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'uploaded' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Marks a queued (or interrupted) import running; undefined when it is not to be run. */
  async claim(manager: EntityManager, id: string): Promise<ClaimedImport | undefined> {
    const [rows]: [ClaimedImport[], number] = await manager.query(
      `UPDATE visitor_imports SET status = 'running', started_at = coalesce(started_at, now()),
              updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')
        RETURNING id, organising_body_id AS "organisingBodyId", format, last_line AS "lastLine"`,
      [id],
    );
    return rows[0];
  }

  /** The stored upload's size in bytes; null once the file was dropped. */
  async storedFileSize(id: string): Promise<number | null> {
    const [row]: { size: number | null }[] = await this.dataSource.query(
      'SELECT octet_length(file) AS size FROM visitor_imports WHERE id = $1',
      [id],
    );
    return row?.size ?? null;
  }

  /**
   * `length` bytes of the stored upload from byte `offset` (0-based). The column is stored
   * uncompressed (STORAGE EXTERNAL), so a slice reads only its own TOAST chunks.
   */
  async fileSlice(id: string, offset: number, length: number): Promise<Buffer | null> {
    const [row]: { slice: Buffer | null }[] = await this.dataSource.query(
      // substring counts from 1.
      'SELECT substring(file FROM $2 FOR $3) AS slice FROM visitor_imports WHERE id = $1',
      [id, offset + 1, length],
    );
    return row?.slice ?? null;
  }

  async addBatch(manager: EntityManager, id: string, batch: ImportBatchProgress): Promise<void> {
    await manager.query(
      `UPDATE visitor_imports
          SET rows_read = rows_read + $2, created_count = created_count + $3,
              merged_count = merged_count + $4, rejected_count = rejected_count + $5,
              last_line = $6, bytes_read = $7, updated_at = now()
        WHERE id = $1`,
      [
        id,
        batch.rows,
        batch.created,
        batch.merged,
        batch.rejected,
        batch.lastLine,
        batch.bytesRead,
      ],
    );
  }

  /** Ends a running import (failed when `failure` is given) and drops its stored file. */
  async finish(manager: EntityManager, id: string, failure: string | null): Promise<void> {
    await manager.query(
      `UPDATE visitor_imports
          SET status = $2, failure = $3, file = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'running'`,
      [id, failure ? 'failed' : 'completed', failure],
    );
  }

  /** Gives up on a queued or running import whose job ran out of attempts. */
  async markFailed(manager: EntityManager, id: string, failure: string): Promise<void> {
    await manager.query(
      `UPDATE visitor_imports SET status = 'failed', failure = $2, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, failure],
    );
  }

  /** Imports queued or running without progress for `graceMs`: their job may be lost. */
  async findStalled(manager: EntityManager, graceMs: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM visitor_imports
        WHERE status IN ('queued', 'running') AND updated_at < now() - $1 * interval '1 millisecond'
        LIMIT 100`,
      [graceMs],
    );
    return rows.map((row) => row.id);
  }
}
