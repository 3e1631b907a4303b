import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { ApplicationLedger } from '@hoicho/applications';
import { AppError, AuthUser } from '@hoicho/platform';
import { PaymentsAccess } from '../common/payments-access';
import { PaymentRepository } from '../payments/payment.repository';
import { receiptPdf } from './receipt-pdf';

/** The receipt of one payment, as a PDF (the organiser downloads it for the producer). */
@Injectable()
export class ReceiptsService {
  constructor(
    private readonly access: PaymentsAccess,
    private readonly payments: PaymentRepository,
    private readonly ledger: ApplicationLedger,
    private readonly bodies: OrganisingBodiesService,
  ) {}

  async pdf(
    user: AuthUser,
    fairId: string,
    paymentId: string,
  ): Promise<{ filename: string; pdf: Buffer }> {
    const fair = await this.access.fair(user, fairId);
    const payment = await this.payments.find(fairId, paymentId);
    if (!payment) throw AppError.notFound('Payment');
    const app = (await this.ledger.find(fairId, [payment.applicationId]))[0];
    if (!app) throw AppError.notFound('Application');
    // What had been paid up to and including this payment (receipts are numbered in order).
    const upTo = (await this.payments.ofApplication(payment.applicationId))
      .filter((p) => BigInt(p.receiptNo) <= BigInt(payment.receiptNo))
      .reduce((sum, p) => sum + BigInt(p.amount), 0n);
    const body = await this.bodies.get(fair.organisingBodyId);
    const pdf = await receiptPdf({
      receiptNo: payment.receiptNo,
      bodyName: body.nameVi,
      fairName: fair.nameVi,
      producerName: app.producerName,
      reference: app.reference,
      amount: payment.amount,
      paidOn: payment.paidOn,
      method: payment.method,
      bankRef: payment.reference,
      amountDue: app.amountDue ?? '0',
      amountPaid: upTo.toString(),
    });
    return { filename: `phieu-thu-${payment.receiptNo}.pdf`, pdf };
  }
}
