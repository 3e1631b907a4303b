import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Suppression, SuppressionReason, SuppressionScope } from './suppression.entity';

/**
 * The rule for bulk mail as a condition on a query's row (`column` holds its address): a
 * fan-out reads it with a page of visitors or invitations instead of sending 2,000 addresses
 * back in a second query. Scope `bulk` or `all`, as `isSuppressed(email, true)`.
 */
export const bulkSuppressedSql = (column: string) =>
  `EXISTS (SELECT 1 FROM suppressions s WHERE s.email = ${column} AND s.scope IN ('bulk', 'all'))`;

@Injectable()
export class SuppressionService {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: suppressing an address twice leaves one entry. */
  async suppress(email: string, scope: SuppressionScope, reason: SuppressionReason): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Suppression)
      .values({ email: email.trim().toLowerCase(), scope, reason })
      .orIgnore()
      .execute();
  }

  async isSuppressed(email: string, bulk: boolean): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM suppressions WHERE email = $1 AND (scope = 'all' OR ($2 AND scope = 'bulk')) LIMIT 1`,
      [email, bulk],
    );
    return rows.length > 0;
  }
}
