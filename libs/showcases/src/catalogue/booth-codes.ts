import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

const RECHECK_MS = 60_000;

/**
 * Booth codes for the exhibitor directory, from the published `booth_assignments` of booth
 * allocation. Its columns are looked up rather than assumed (booth id or code; producer or
 * application) and re-checked every minute; without the table the directory shows no codes.
 */
@Injectable()
export class BoothCodes {
  private readonly logger = new Logger(BoothCodes.name);
  private checkedAt = 0;
  private expression: string | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * An SQL expression giving a text[] of booth codes for producer `producerColumn` at the fair
   * in parameter `fairParam`; '{}' while there are no assignments to read.
   */
  async sql(producerColumn: string, fairParam: string): Promise<string> {
    if (Date.now() - this.checkedAt > RECHECK_MS) await this.inspect();
    if (!this.expression) return `'{}'::text[]`;
    return this.expression.replace(/\$PRODUCER/g, producerColumn).replace(/\$FAIR/g, fairParam);
  }

  private async inspect(): Promise<void> {
    this.checkedAt = Date.now();
    try {
      const rows: { column_name: string }[] = await this.dataSource.query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'booth_assignments'`,
      );
      const columns = new Set(rows.map((r) => r.column_name));
      const code = columns.has('booth_id')
        ? { from: 'booth_assignments ba JOIN booths b ON b.id = ba.booth_id', code: 'b.code' }
        : columns.has('booth_code')
          ? { from: 'booth_assignments ba', code: 'ba.booth_code' }
          : null;
      const owner = columns.has('producer_id')
        ? { join: '', producer: 'ba.producer_id' }
        : columns.has('application_id')
          ? { join: ' JOIN applications a ON a.id = ba.application_id', producer: 'a.producer_id' }
          : null;
      const next =
        code && owner && columns.has('fair_id')
          ? `coalesce((SELECT array_agg(DISTINCT ${code.code} ORDER BY ${code.code}) FROM ${code.from}${owner.join}
               WHERE ba.fair_id = $FAIR AND ${owner.producer} = $PRODUCER), '{}'::text[])`
          : null;
      if (next !== this.expression) {
        this.logger.log(next ? 'reading booth codes from booth_assignments' : 'no booth codes yet');
      }
      this.expression = next;
    } catch (error) {
      this.logger.warn(`booth_assignments not readable: ${(error as Error).message}`);
      this.expression = null;
    }
  }

  /** The producers a booth assignment makes exhibitors of the fair (SQL, or null). */
  async exhibitorsSql(fairParam: string): Promise<string | null> {
    if (Date.now() - this.checkedAt > RECHECK_MS) await this.inspect();
    if (!this.expression) return null;
    return this.expression.includes('a.producer_id')
      ? `SELECT a.producer_id FROM booth_assignments ba JOIN applications a ON a.id = ba.application_id WHERE ba.fair_id = ${fairParam}`
      : `SELECT ba.producer_id FROM booth_assignments ba WHERE ba.fair_id = ${fairParam}`;
  }
}
