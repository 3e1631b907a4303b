import { Injectable } from '@nestjs/common';
import { ApplicationLedger } from '@hoicho/applications';
import { AppError, AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { PaymentsAccess } from '../common/payments-access';
import { StatementLineRow } from '../entities/statement.entity';
import { lineSettled } from '../payments.errors';
import { PaymentRepository } from '../payments/payment.repository';
import { StatementRepository } from './statement.repository';

export type Settlement = { action: 'assign'; applicationId: string } | { action: 'ignore' };

/**
 * A person settles an open line (over-paid or unmatched): `assign` records it as a payment of
 * the named application (an over-paid line too, once the organiser has agreed the producer pays
 * more: the ledger still refuses more than is owed, 422 overpayment, and the organiser then
 * refunds the difference outside Hội Chợ and records what was kept by hand); `ignore` closes it
 * (not a payment of this fair, refunded…). A line is settled once.
 */
@Injectable()
export class LineSettlementService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: PaymentsAccess,
    private readonly statements: StatementRepository,
    private readonly payments: PaymentRepository,
    private readonly ledger: ApplicationLedger,
    private readonly clock: Clock,
  ) {}

  async settle(
    user: AuthUser,
    fairId: string,
    lineId: string,
    s: Settlement,
  ): Promise<StatementLineRow> {
    await this.access.fair(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      const line = await this.statements.lockLine(manager, fairId, lineId);
      if (!line) throw AppError.notFound('Statement line');
      if (line.state !== 'open') throw lineSettled(line.state);
      const settled = { settledBy: user.id, settledAt: this.clock.now() };
      if (s.action === 'ignore') {
        const changes = {
          state: 'ignored' as const,
          applicationId: line.applicationId,
          ...settled,
        };
        await this.statements.settle(manager, line.id, changes);
        return { ...line, ...changes };
      }
      const rows = await this.ledger.lock(manager, fairId, [s.applicationId]);
      if (rows.length === 0) {
        throw AppError.validation([
          { field: 'applicationId', message: 'is not an application of this fair' },
        ]);
      }
      const amount = BigInt(line.amount);
      const [paymentId] = await this.payments.insertMany(manager, fairId, user.id, [
        {
          applicationId: s.applicationId,
          amount,
          paidOn: line.bookedOn,
          method: 'statement',
          reference: line.bankRef,
          note: null,
          statementLineId: line.id,
        },
      ]);
      await this.ledger.credit(
        manager,
        fairId,
        rows,
        [
          {
            applicationId: s.applicationId,
            amount,
            data: { paymentId, statementLineId: line.id, method: 'statement' },
          },
        ],
        user.id,
      );
      const changes = { state: 'recorded' as const, applicationId: s.applicationId, ...settled };
      await this.statements.settle(manager, line.id, changes);
      return { ...line, ...changes };
    });
  }
}
