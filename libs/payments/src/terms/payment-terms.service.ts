import { Injectable } from '@nestjs/common';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { DEFAULT_PAYMENT_TERMS, PaymentTerms } from '../domain';
import { PaymentsAccess } from '../common/payments-access';
import { PaymentTermsRepository } from './payment-terms.repository';

export interface FairPaymentTerms extends PaymentTerms {
  reminderDays: number;
}

export const DEFAULT_REMINDER_DAYS = 3;

/** A fair's payment terms (the defaults of DOMAIN.md until the organiser sets them). */
@Injectable()
export class PaymentTermsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: PaymentsAccess,
    private readonly terms: PaymentTermsRepository,
    private readonly clock: Clock,
  ) {}

  async of(fairId: string): Promise<FairPaymentTerms> {
    const row = await this.terms.find(fairId);
    return row
      ? {
          depositDueDays: row.depositDueDays,
          balanceDaysBeforeOpening: row.balanceDaysBeforeOpening,
          reminderDays: row.reminderDays,
        }
      : { ...DEFAULT_PAYMENT_TERMS, reminderDays: DEFAULT_REMINDER_DAYS };
  }

  async get(user: AuthUser, fairId: string): Promise<FairPaymentTerms> {
    await this.access.fair(user, fairId);
    return this.of(fairId);
  }

  async put(user: AuthUser, fairId: string, terms: FairPaymentTerms): Promise<FairPaymentTerms> {
    await this.access.fair(user, fairId);
    await this.transactions.run((tx) =>
      this.terms.upsert(tx.manager, {
        fairId,
        ...terms,
        updatedBy: user.id,
        updatedAt: this.clock.now(),
      }),
    );
    return terms;
  }
}
