import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Budget consumption for the applications area, inside its own transaction. One conditional
 * UPDATE: two approvals at once can never take more than the budget (and the table's CHECK
 * refuses it even if some other code tried).
 */
@Injectable()
export class SupportBudgetService {
  /** Takes `amount` đồng from the budget; false (nothing taken) if that would overspend it. */
  async reserve(manager: EntityManager, programmeId: string, amount: bigint): Promise<boolean> {
    if (amount < 0n) throw new RangeError('amount must not be negative');
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE support_programmes SET budget_used = budget_used + $2::bigint, updated_at = now()
       WHERE id = $1 AND budget_used + $2::bigint <= total_budget
       RETURNING id`,
      [programmeId, amount.toString()],
    );
    return affected === 1;
  }

  /** Gives `amount` đồng back (a withdrawn or rejected application); never below zero. */
  async release(manager: EntityManager, programmeId: string, amount: bigint): Promise<void> {
    if (amount < 0n) throw new RangeError('amount must not be negative');
    await manager.query(
      `UPDATE support_programmes SET budget_used = GREATEST(budget_used - $2::bigint, 0), updated_at = now()
       WHERE id = $1`,
      [programmeId, amount.toString()],
    );
  }
}
