import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Suppression, SuppressionReason, SuppressionScope } from './suppression.entity';

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
