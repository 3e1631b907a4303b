import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SupportProgrammeRepository } from './support-programme.repository';

/**
 * The port through which the applications area spends support budgets, in its own
 * transaction: lock the programmes and read what is left, take a grant, give one back. The
 * budget moves only through these calls; `budget_used` never exceeds `total_budget` (the table
 * CHECK backs the conditional UPDATE). An abstract class so callers can be given a fake.
 */
export abstract class SupportBudgets {
  /** Locks the programmes' rows in id order and answers what each has left, in đồng. */
  abstract lockRemaining(
    manager: EntityManager,
    programmeIds: readonly string[],
  ): Promise<Map<string, bigint>>;
  /** Takes `amount` đồng; false (nothing taken) if that would overspend the budget. */
  abstract reserve(manager: EntityManager, programmeId: string, amount: bigint): Promise<boolean>;
  /** Gives `amount` đồng back (a withdrawn or undone approval); never below zero. */
  abstract release(manager: EntityManager, programmeId: string, amount: bigint): Promise<void>;
}

@Injectable()
export class ProgrammeSupportBudgets extends SupportBudgets {
  constructor(private readonly programmes: SupportProgrammeRepository) {
    super();
  }

  lockRemaining(manager: EntityManager, programmeIds: readonly string[]) {
    return this.programmes.lockRemaining(manager, programmeIds);
  }

  reserve(manager: EntityManager, programmeId: string, amount: bigint): Promise<boolean> {
    if (amount < 0n) throw new RangeError('amount must not be negative');
    return this.programmes.reserve(manager, programmeId, amount);
  }

  release(manager: EntityManager, programmeId: string, amount: bigint): Promise<void> {
    if (amount < 0n) throw new RangeError('amount must not be negative');
    return this.programmes.release(manager, programmeId, amount);
  }
}
