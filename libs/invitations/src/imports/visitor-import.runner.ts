import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '@hoicho/platform';
import { parseVisitorImport, type Visitor, type VisitorImportItem } from '../domain';
import { VisitorListMerger } from '../visitors/visitor-list-merger';
import { ImportDuplicateRepository } from './import-duplicate.repository';
import { ImportErrorRepository, ImportRowError } from './import-error.repository';
import { storedFileSource } from './stored-file.source';
import { ClaimedImport, VisitorImportRepository } from './visitor-import.repository';

const BATCH_ROWS = 1000;

const isFileError = (e: { field: string }) => e.field === 'header' || e.field === 'file';

/**
 * Runs one import: streams the rows (the stored file read a slice at a time, parsed as it
 * comes), and per batch of 1,000 writes the visitors (merged by email), the rejected rows
 * with their line and reason, the merged rows with their line, and the counters, in one
 * transaction. Memory is one slice and
 * one batch, whatever the file's size.
 * The batch also moves `last_line`, so a job restarted after a crash resumes after the last
 * committed row and counts nothing twice.
 */
@Injectable()
export class VisitorImportRunner {
  private readonly logger = new Logger(VisitorImportRunner.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: VisitorImportRepository,
    private readonly importErrors: ImportErrorRepository,
    private readonly duplicates: ImportDuplicateRepository,
    private readonly merger: VisitorListMerger,
  ) {}

  async run(importId: string): Promise<void> {
    const job = await this.transactions.run(({ manager }) => this.imports.claim(manager, importId));
    if (!job) return;
    const size = await this.imports.storedFileSize(importId);
    if (size === null) {
      await this.finish(importId, 'The uploaded file is gone');
      return;
    }

    const source = storedFileSource(
      (offset, length) => this.imports.fileSlice(importId, offset, length),
      size,
    );
    let batch: VisitorImportItem[] = [];
    let fatal: string | null = null;
    for await (const item of parseVisitorImport(source.stream, job.format)) {
      if (item.line <= job.lastLine) continue;
      const fileError = 'errors' in item && item.errors.find(isFileError);
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

  /** The job ran out of attempts: the import is over, with the reason. */
  async fail(importId: string, reason: string): Promise<void> {
    const failure = `The import stopped: ${reason}`.slice(0, 1000);
    await this.transactions.run(({ manager }) =>
      this.imports.markFailed(manager, importId, failure),
    );
  }

  private async write(
    job: ClaimedImport,
    items: VisitorImportItem[],
    bytesRead: number,
  ): Promise<void> {
    if (items.length === 0) return;
    const good: Visitor[] = [];
    const goodLines: number[] = [];
    const errors: ImportRowError[] = [];
    let rows = 0;
    for (const item of items) {
      if ('visitor' in item) {
        good.push(item.visitor);
        goodLines.push(item.line);
        rows++;
      } else {
        errors.push(...item.errors.map((e) => ({ line: item.line, ...e })));
        // A header or file error is about the file, not a row of it.
        if (!item.errors.some(isFileError)) rows++;
      }
    }
    const lastLine = items[items.length - 1].line;
    await this.transactions.run(async ({ manager }) => {
      const outcome = await this.merger.upsert(manager, job.organisingBodyId, good, 'import');
      await this.importErrors.insertMany(manager, job.id, errors);
      // A repeated address is merged, and said so: its line, the visitor, what it changed.
      await this.duplicates.insertMany(
        manager,
        job.id,
        outcome.rows.flatMap((row, i) =>
          row.changed ? [{ line: goodLines[i], visitorId: row.id, changed: row.changed }] : [],
        ),
      );
      await this.imports.addBatch(manager, job.id, {
        rows,
        created: outcome.created,
        merged: outcome.merged,
        rejected: rows - good.length,
        lastLine,
        bytesRead,
      });
    });
    job.lastLine = lastLine;
  }

  private finish(importId: string, failure: string | null): Promise<void> {
    return this.transactions.run(({ manager }) => this.imports.finish(manager, importId, failure));
  }
}
