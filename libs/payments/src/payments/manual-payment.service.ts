import { Injectable } from '@nestjs/common';
import { ApplicationLedger } from '@hoicho/applications';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { PaymentsAccess } from '../common/payments-access';
import { PaymentMethod } from '../entities/payment.entity';
import { PaymentRepository } from './payment.repository';

export interface ManualPayment {
  applicationId: string;
  amount: bigint;
  paidOn: string;
  method: Exclude<PaymentMethod, 'statement'>;
  reference: string | null;
  note: string | null;
}

/** An organiser records money received by hand (a transfer seen in the bank, cash at the office). */
@Injectable()
export class ManualPaymentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: PaymentsAccess,
    private readonly payments: PaymentRepository,
    private readonly ledger: ApplicationLedger,
  ) {}

  async record(user: AuthUser, fairId: string, p: ManualPayment): Promise<string> {
    await this.access.fair(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      const rows = await this.ledger.lock(manager, fairId, [p.applicationId]);
      if (rows.length === 0) throw AppError.notFound('Application');
      const [id] = await this.payments.insertMany(manager, fairId, user.id, [
        { ...p, statementLineId: null },
      ]);
      await this.ledger.credit(
        manager,
        fairId,
        rows,
        [
          {
            applicationId: p.applicationId,
            amount: p.amount,
            data: { paymentId: id, method: p.method, reference: p.reference },
          },
        ],
        user.id,
      );
      return id;
    });
  }
}
