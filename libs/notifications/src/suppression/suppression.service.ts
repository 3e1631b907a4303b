import { Injectable } from '@nestjs/common';
import { SuppressionReason, SuppressionScope } from './suppression.entity';
import { SuppressionRepository } from './suppression.repository';

@Injectable()
export class SuppressionService {
  constructor(private readonly suppressions: SuppressionRepository) {}

  /** Idempotent: suppressing an address twice leaves one entry. */
  suppress(email: string, scope: SuppressionScope, reason: SuppressionReason): Promise<void> {
    return this.suppressions.insert(email.trim().toLowerCase(), scope, reason);
  }

  isSuppressed(email: string, bulk: boolean): Promise<boolean> {
    return this.suppressions.covers(email, bulk);
  }
}
