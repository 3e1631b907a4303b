import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LineOutcome, StatementMapping } from '../domain';
import {
  ImportCounts,
  LineState,
  StatementImportRow,
  StatementLineRow,
  StatementMappingRow,
} from '../entities/statement.entity';

/** A line as the import writes it. */
export interface NewLine {
  line: number;
  bookedOn: string;
  amount: bigint;
  description: string;
  bankRef: string | null;
  payerAccount: string | null;
  txKey: string;
  outcome: LineOutcome;
  state: LineState;
  applicationId: string | null;
}

const CHUNK = 5000;

/** Every read and write of `statement_mappings`, `statement_imports` and `statement_lines`. */
@Injectable()
export class StatementRepository {
  constructor(private readonly dataSource: DataSource) {}

  mapping(bodyId: string, bankBin: string): Promise<StatementMappingRow | null> {
    return this.dataSource
      .getRepository(StatementMappingRow)
      .findOneBy({ organisingBodyId: bodyId, bankBin });
  }

  mappings(bodyId: string): Promise<StatementMappingRow[]> {
    return this.dataSource
      .getRepository(StatementMappingRow)
      .find({ where: { organisingBodyId: bodyId }, order: { bankBin: 'ASC' } });
  }

  async saveMapping(
    manager: EntityManager,
    bodyId: string,
    bankBin: string,
    mapping: StatementMapping,
    at: Date,
  ): Promise<void> {
    await manager
      .getRepository(StatementMappingRow)
      .upsert({ organisingBodyId: bodyId, bankBin, mapping, updatedAt: at }, [
        'organisingBodyId',
        'bankBin',
      ]);
  }

  async insertImport(manager: EntityManager, row: Omit<StatementImportRow, 'id'>): Promise<string> {
    const result = await manager.getRepository(StatementImportRow).insert(row);
    return result.identifiers[0].id as string;
  }

  async setCounts(manager: EntityManager, id: string, counts: ImportCounts): Promise<void> {
    await manager.getRepository(StatementImportRow).update({ id }, { counts });
  }

  findImport(fairId: string, id: string): Promise<StatementImportRow | null> {
    return this.dataSource.getRepository(StatementImportRow).findOneBy({ fairId, id });
  }

  imports(fairId: string): Promise<StatementImportRow[]> {
    return this.dataSource
      .getRepository(StatementImportRow)
      .find({ where: { fairId }, order: { createdAt: 'DESC' }, take: 50 });
  }

  /** The keys among these that an earlier import of the body already counted. */
  async knownKeys(
    manager: EntityManager,
    bodyId: string,
    keys: readonly string[],
  ): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows: { tx_key: string }[] = await manager.query(
        `SELECT tx_key FROM statement_lines
          WHERE organising_body_id = $1 AND tx_key = ANY($2::text[]) AND outcome <> 'duplicate'`,
        [bodyId, keys.slice(i, i + CHUNK)],
      );
      for (const r of rows) known.add(r.tx_key);
    }
    return known;
  }

  /**
   * Inserts the lines (a few statements of unnest arrays) and answers their ids by line. The
   * unique index on (body, tx_key) refuses a transaction counted by a concurrent import.
   */
  async insertLines(
    manager: EntityManager,
    importId: string,
    fairId: string,
    bodyId: string,
    lines: readonly NewLine[],
  ): Promise<Map<number, string>> {
    const ids = new Map<number, string>();
    for (let i = 0; i < lines.length; i += CHUNK) {
      const chunk = lines.slice(i, i + CHUNK);
      const col = <K extends keyof NewLine>(k: K) => chunk.map((l) => l[k]);
      const rows: { id: string; line: number }[] = await manager.query(
        `INSERT INTO statement_lines (import_id, fair_id, organising_body_id, line, booked_on,
           amount, description, bank_ref, payer_account, tx_key, outcome, state, application_id)
         SELECT $1, $2, $3, * FROM unnest($4::int[], $5::date[], $6::bigint[], $7::text[],
           $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[])
         RETURNING id, line`,
        [
          importId,
          fairId,
          bodyId,
          col('line'),
          col('bookedOn'),
          chunk.map((l) => l.amount.toString()),
          col('description'),
          col('bankRef'),
          col('payerAccount'),
          col('txKey'),
          col('outcome'),
          col('state'),
          col('applicationId'),
        ],
      );
      for (const r of rows) ids.set(r.line, r.id);
    }
    return ids;
  }

  lines(
    importId: string,
    filter: { outcome?: LineOutcome; state?: LineState },
    page: { skip: number; take: number },
  ): Promise<[StatementLineRow[], number]> {
    return this.dataSource.getRepository(StatementLineRow).findAndCount({
      where: { importId, ...filter },
      order: { line: 'ASC' },
      skip: page.skip,
      take: page.take,
    });
  }

  /** Open lines of the fair (every import), oldest import first. */
  openLines(fairId: string): Promise<StatementLineRow[]> {
    return this.dataSource.getRepository(StatementLineRow).find({
      where: { fairId, state: 'open' },
      order: { bookedOn: 'ASC', line: 'ASC' },
      take: 500,
    });
  }

  lockLine(manager: EntityManager, fairId: string, id: string): Promise<StatementLineRow | null> {
    return manager
      .getRepository(StatementLineRow)
      .findOne({ where: { fairId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async settle(
    manager: EntityManager,
    id: string,
    changes: Pick<StatementLineRow, 'state' | 'applicationId' | 'settledBy' | 'settledAt'>,
  ): Promise<void> {
    await manager.getRepository(StatementLineRow).update({ id }, changes);
  }
}
