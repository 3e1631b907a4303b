import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SupportBudgets, SupportProgrammeDto } from '@hoicho/fairs';
import { CalendarDate } from '@hoicho/platform/domain';
import { budgetConflict } from '../applications.errors';
import { Application } from '../entities/application.entity';
import { ApplicationChanges } from '../entities/application.repository';
import { PlanIndex } from '../views/fair-context';
import { quoteFee } from './fee-quote';

export type FeeFields = Required<
  Pick<ApplicationChanges, 'fee' | 'subsidy' | 'amountDue' | 'deposit' | 'feeDetail' | 'grantHeld'>
>;

/** An approval's price and the grant it took. */
export interface PricedApproval {
  fields: FeeFields;
  grant: bigint;
  /** The programme the grant came from; null when none was taken. */
  programmeId: string | null;
}

/**
 * Prices an approval (the review's and an accepted waiting-list offer's alike) and takes its
 * grant from the programme's budget, in the caller's transaction. The caller has locked the
 * programme rows (`SupportBudgets.lockRemaining`) and passes what is left.
 */
@Injectable()
export class ApprovalPricing {
  constructor(private readonly budgets: SupportBudgets) {}

  async price(
    manager: EntityManager,
    input: {
      app: Application;
      plan: PlanIndex;
      programme: SupportProgrammeDto | null;
      remainingBudget: bigint;
      depositPercent: number;
      onDate: CalendarDate;
      /** The allocated booths' type codes, one per booth; absent: the first choice. */
      booths?: readonly string[];
    },
  ): Promise<PricedApproval> {
    const quote = quoteFee(input);
    const grant = quote.breakdown.subsidy;
    if (grant > 0n && quote.programmeId) {
      if (!(await this.budgets.reserve(manager, quote.programmeId, grant))) throw budgetConflict();
    }
    return {
      grant,
      programmeId: grant > 0n ? quote.programmeId : null,
      fields: {
        fee: quote.breakdown.fee.toString(),
        subsidy: grant.toString(),
        amountDue: quote.breakdown.amountDue.toString(),
        deposit: quote.breakdown.deposit.toString(),
        feeDetail: quote.detail,
        grantHeld: grant.toString(),
      },
    };
  }
}
