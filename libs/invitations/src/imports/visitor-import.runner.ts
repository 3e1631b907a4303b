import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { parseVisitorImport, type VisitorImportItem } from '../domain';
import { VisitorRepository } from '../visitors/visitor.repository';
import { ImportErrorRepository, ImportRowError } from './import-error.repository';
import { ImportMergeRepository } from './import-merge.repository';
import { ImportStageRepository } from './import-stage.repository';
import { storedFileSource, StoredFileSource } from './stored-file.source';
import { ClaimedImport, VisitorImportRepository } from './visitor-import.repository';

const isFileError = (e: { field: string }) => e.field === 'header' || e.field === 'file';

interface ChunkState {
  ended: boolean;
  fatal: string | null;
  /** The last line of the chunks committed before this run: a restarted job skips up to it. */
  resumeAfter: number;
}

/**
 * Runs one import a chunk at a time. The stored file is read a slice at a time and parsed as it
 * comes; each row is checked in that stream (name, email, phone, country … with its line) and
 * sent by COPY into a staging table; at the end of a chunk, set-based SQL merges the chunk into
 * the list (ImportMergeRepository) and the import's counters move, in the same transaction.
 * Memory is one slice of the file and one COPY buffer, whatever the file's size.
 * A chunk also moves `last_line`, so a job restarted after a crash resumes after the last
 * committed chunk and counts nothing twice.
 */
@Injectable()
export class VisitorImportRunner {
  private readonly logger = new Logger(VisitorImportRunner.name);
  /** Rows per transaction: large enough for set-based SQL to pay, small enough for progress. */
  chunkRows = 10_000;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: VisitorImportRepository,
    private readonly importErrors: ImportErrorRepository,
    private readonly stage: ImportStageRepository,
    private readonly merge: ImportMergeRepository,
    private readonly visitors: VisitorRepository,
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
    const items = parseVisitorImport(source.stream, job.format);
    const state: ChunkState = { ended: false, fatal: null, resumeAfter: job.lastLine };
    // The next chunk is parsed and staged (Node's work) while the one before merges (the
    // database's); merges still commit in file order, each after the one before.
    let committed: Promise<void> = Promise.resolve();
    let failed = false;
    while (!state.ended && !failed) {
      const before = committed;
      let staged!: () => void;
      const stagedNow = new Promise<void>((resolve) => (staged = resolve));
      committed = this.transactions.run(({ manager }) =>
        this.chunk(manager, job, items, source, state, { staged, before }),
      );
      // Marked handled here; the chain (and the await below) still sees a failure.
      committed.catch(() => (failed = true));
      await Promise.race([stagedNow, committed]);
      // At most two chunks at a time: one merging, the next staging.
      await before.catch(() => undefined);
    }
    await committed;
    await this.finish(importId, state.fatal);
    const failure = state.fatal ? ` with a file error: ${state.fatal}` : '';
    this.logger.log(`import ${importId} finished${failure}`);
  }

  /** The job ran out of attempts: the import is over, with the reason. */
  async fail(importId: string, reason: string): Promise<void> {
    const failure = `The import stopped: ${reason}`.slice(0, 1000);
    await this.transactions.run(({ manager }) =>
      this.imports.markFailed(manager, importId, failure),
    );
  }

  /** Stages up to `chunkRows` rows, merges them and moves the counters, in one transaction. */
  private async chunk(
    manager: EntityManager,
    job: ClaimedImport,
    items: AsyncGenerator<VisitorImportItem>,
    source: StoredFileSource,
    state: ChunkState,
    order: { staged: () => void; before: Promise<void> },
  ): Promise<void> {
    const writer = await this.stage.open(manager);
    const fileErrors: ImportRowError[] = [];
    let rows = 0;
    let lastLine = state.resumeAfter;
    while (rows < this.chunkRows) {
      const next = await items.next();
      if (next.done) {
        state.ended = true;
        break;
      }
      const item = next.value;
      if (item.line <= state.resumeAfter) continue;
      lastLine = Math.max(lastLine, item.line);
      const fileError = 'errors' in item && item.errors.find(isFileError);
      if (fileError) {
        // A header or file error is about the file, not a row of it.
        state.fatal = fileError.message;
        fileErrors.push(...item.errors.map((e) => ({ line: item.line, ...e })));
        continue;
      }
      await writer.write(item);
      rows++;
    }
    await writer.finish();
    const bytesRead = source.bytesRead();
    order.staged();
    await order.before;
    if (rows === 0 && fileErrors.length === 0) return;

    await this.visitors.lockList(manager, job.organisingBodyId);
    const outcome = await this.merge.merge(manager, job.id, job.organisingBodyId);
    await this.importErrors.insertMany(manager, job.id, fileErrors);
    await this.imports.addBatch(manager, job.id, {
      rows: outcome.rows,
      created: outcome.created,
      merged: outcome.merged,
      rejected: outcome.rejected,
      lastLine,
      bytesRead,
    });
    job.lastLine = lastLine;
  }

  private finish(importId: string, failure: string | null): Promise<void> {
    return this.transactions.run(({ manager }) => this.imports.finish(manager, importId, failure));
  }
}
