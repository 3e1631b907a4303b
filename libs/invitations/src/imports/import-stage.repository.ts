import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import type { ImportFieldError, Visitor } from '../domain';
import { tagKey } from '../domain/visitor-fields';
import { copyRow } from './copy-text';

/** One data row of the file: a visitor to merge, or its errors. */
export type StagedRow =
  { line: number; visitor: Visitor } | { line: number; errors: readonly ImportFieldError[] };

const COLUMNS = [
  'line',
  'email',
  'name',
  'organisation',
  'phone',
  'country',
  'language',
  'segment',
  'tags',
  'tag_keys',
  'consent',
  'errors',
];

/** Rows sent per write to the COPY stream: fewer, larger messages. */
const FLUSH_CHARS = 64 * 1024;

/** Streams the rows of one chunk into the transaction's staging table. */
export interface StageWriter {
  write(row: StagedRow): Promise<void>;
  /** Ends the COPY; the rows are in the staging table. */
  finish(): Promise<void>;
}

function rowText(row: StagedRow): string {
  if ('errors' in row) {
    return copyRow([
      row.line,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      JSON.stringify(row.errors),
    ]);
  }
  const v = row.visitor;
  return copyRow([
    row.line,
    v.email,
    v.name,
    v.organisation,
    v.phone,
    v.country,
    v.language,
    v.segment,
    v.tags,
    v.tags.map(tagKey),
    v.consent,
    null,
  ]);
}

/**
 * The staging table of an import (`visitor_import_stage`, a temporary table dropped when the
 * transaction ends, never logged): the rows of a chunk arrive by COPY on the transaction's
 * connection; ImportMergeRepository then merges them with set-based SQL.
 */
@Injectable()
export class ImportStageRepository {
  async open(manager: EntityManager): Promise<StageWriter> {
    await manager.query(`
      CREATE TEMP TABLE visitor_import_stage (
        line integer PRIMARY KEY,
        email text,
        name text,
        organisation text,
        phone text,
        country text,
        language text,
        segment text,
        tags text[],
        tag_keys text[],
        consent boolean,
        errors jsonb,
        visitor_id uuid
      ) ON COMMIT DROP`);
    const client = (await manager.queryRunner!.connect()) as PoolClient;
    const stream = client.query(
      copyFrom(`COPY visitor_import_stage (${COLUMNS.join(', ')}) FROM STDIN`),
    );
    const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
    failed.catch(() => undefined);
    let pending = '';
    const flush = async () => {
      if (pending === '') return;
      const ok = stream.write(pending);
      pending = '';
      if (!ok) await Promise.race([once(stream, 'drain'), failed]);
    };
    return {
      async write(row) {
        pending += rowText(row);
        if (pending.length >= FLUSH_CHARS) await flush();
      },
      async finish() {
        await flush();
        stream.end();
        await Promise.race([once(stream, 'finish'), failed]);
      },
    };
  }
}
