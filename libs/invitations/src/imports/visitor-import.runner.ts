import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@hoicho/platform';
import { parseVisitorImport, type Visitor, type VisitorImportItem } from '../domain';
import { VisitorStore } from '../visitors/visitor-store';
import { storedFileSource } from './stored-file.source';

const BATCH_ROWS = 1000;

interface Claimed {
  id: string;
  organising_body_id: string;
  format: 'csv' | 'xlsx';
  last_line: number;
}

/**
 * Runs one import: streams the rows (the stored file read a slice at a time, parsed as it
 * comes), and per batch of 1,000 writes the visitors (merged by email), the rejected rows
 * with their line and reason, and the counters, in one transaction. Memory is one slice and
 * one batch, whatever the file's size.
 * The batch also moves `last_line`, so a job restarted after a crash resumes after the last
 * committed row and counts nothing twice.
 */
@Injectable()
export class VisitorImportRunner {
  private readonly logger = new Logger(VisitorImportRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly store: VisitorStore,
  ) {}

  async run(importId: string): Promise<void> {
    const [claimed] = (await this.dataSource.query(
      `UPDATE visitor_imports SET status = 'running', started_at = coalesce(started_at, now()),
              updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')
        RETURNING id, organising_body_id, format, last_line`,
      [importId],
    )) as [Claimed[], number];
    const job = claimed[0];
    if (!job) return;
    const [{ size }] = (await this.dataSource.query(
      'SELECT octet_length(file) AS size FROM visitor_imports WHERE id = $1',
      [importId],
    )) as { size: number | null }[];
    if (size === null) {
      await this.finish(importId, 'The uploaded file is gone');
      return;
    }

    const source = storedFileSource(this.dataSource, importId, size);
    let batch: VisitorImportItem[] = [];
    let fatal: string | null = null;
    for await (const item of parseVisitorImport(source.stream, job.format)) {
      if (item.line <= job.last_line) continue;
      const fileError =
        'errors' in item && item.errors.find((e) => e.field === 'header' || e.field === 'file');
      if (fileError) fatal = fileError.message;
      batch.push(item);
      if (batch.length >= BATCH_ROWS) {
        await this.write(job, batch, source.bytesRead());
        batch = [];
      }
    }
    await this.write(job, batch, source.bytesRead());
    await this.finish(importId, fatal);
    this.logger.log(`import ${importId} finished${fatal ? ` with a file error: ${fatal}` : ''}`);
  }

  private async write(job: Claimed, items: VisitorImportItem[], bytesRead: number): Promise<void> {
    if (items.length === 0) return;
    const good: Visitor[] = [];
    const errors: { line: number; field: string; message: string }[] = [];
    let rows = 0;
    for (const item of items) {
      if ('visitor' in item) {
        good.push(item.visitor);
        rows++;
      } else {
        errors.push(...item.errors.map((e) => ({ line: item.line, ...e })));
        // A header or file error is about the file, not a row of it.
        if (!item.errors.some((e) => e.field === 'header' || e.field === 'file')) rows++;
      }
    }
    const lastLine = items[items.length - 1].line;
    await this.transactions.run(async ({ manager }) => {
      const outcome = await this.store.upsert(manager, job.organising_body_id, good, 'import');
      if (errors.length > 0) {
        await manager.query(
          `INSERT INTO visitor_import_errors (import_id, line, field, message)
           SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
          [
            job.id,
            errors.map((e) => e.line),
            errors.map((e) => e.field),
            errors.map((e) => e.message),
          ],
        );
      }
      await manager.query(
        `UPDATE visitor_imports
            SET rows_read = rows_read + $2, created_count = created_count + $3,
                merged_count = merged_count + $4, rejected_count = rejected_count + $5,
                last_line = $6, bytes_read = $7, updated_at = now()
          WHERE id = $1`,
        [job.id, rows, outcome.created, outcome.merged, rows - good.length, lastLine, bytesRead],
      );
    });
    job.last_line = lastLine;
  }

  private async finish(importId: string, failure: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE visitor_imports
          SET status = $2, failure = $3, file = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'running'`,
      [importId, failure ? 'failed' : 'completed', failure],
    );
  }
}
