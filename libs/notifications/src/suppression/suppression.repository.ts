import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Suppression, SuppressionReason, SuppressionScope } from './suppression.entity';

/** The suppressions table: addresses that get no mail (scope `all`) or no bulk mail. */
@Injectable()
export class SuppressionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: an address already listed keeps its entry. */
  async insert(email: string, scope: SuppressionScope, reason: SuppressionReason): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Suppression)
      .values({ email, scope, reason })
      .orIgnore()
      .execute();
  }

  /** Whether mail to `email` (bulk or not) is suppressed. */
  async covers(email: string, bulk: boolean): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM suppressions WHERE email = $1 AND (scope = 'all' OR ($2 AND scope = 'bulk')) LIMIT 1`,
      [email, bulk],
    );
    return rows.length > 0;
  }
}
