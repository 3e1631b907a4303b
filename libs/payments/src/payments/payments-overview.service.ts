import { Injectable } from '@nestjs/common';
import { ApplicationLedger, ApplicationOwnership, PayableRow } from '@hoicho/applications';
import { FairDto } from '@hoicho/fairs';
import { AppError, AuthUser, Clock } from '@hoicho/platform';
import { amountAsked, hanoiDay, paymentSchedule, Schedule } from '../domain';
import { PaymentsAccess } from '../common/payments-access';
import { PaymentRow } from '../entities/payment.entity';
import { FairPaymentTerms, PaymentTermsService } from '../terms/payment-terms.service';
import { paymentInstructions, PaymentInstructions } from './payment-instructions';
import { PaymentRepository } from './payment.repository';

export interface PayerView {
  applicationId: string;
  reference: string;
  producerName: string;
  amountDue: string;
  deposit: string;
  amountPaid: string;
  outstanding: string;
  status: Schedule['status'];
  depositDueOn: string;
  balanceDueOn: string;
  /** The next amount asked for is past its due day. */
  overdue: boolean;
  asked: { kind: 'deposit' | 'balance'; amount: string; dueOn: string } | null;
  payments: { id: string; receiptNo: string; amount: string; paidOn: string; method: string }[];
}

export type PayerFilter = 'all' | 'unpaid' | 'deposit_paid' | 'paid' | 'overdue';

/** Who has paid what: every released approval of a fair with its schedule and payments. */
@Injectable()
export class PaymentsOverviewService {
  constructor(
    private readonly access: PaymentsAccess,
    private readonly ledger: ApplicationLedger,
    private readonly payments: PaymentRepository,
    private readonly terms: PaymentTermsService,
    private readonly ownership: ApplicationOwnership,
    private readonly clock: Clock,
  ) {}

  async list(
    user: AuthUser,
    fairId: string,
    filter: PayerFilter,
    q?: string,
  ): Promise<PayerView[]> {
    const fair = await this.access.fair(user, fairId);
    const [rows, payments, terms] = await Promise.all([
      this.ledger.payables(fairId),
      this.payments.ofFair(fairId),
      this.terms.of(fairId),
    ]);
    const byApp = new Map<string, PaymentRow[]>();
    for (const p of payments)
      byApp.set(p.applicationId, [...(byApp.get(p.applicationId) ?? []), p]);
    const today = hanoiDay(this.clock.now());
    const needle = q ? fold(q) : null;
    return rows
      .map((r) => view(r, fair, terms, byApp.get(r.id) ?? [], today))
      .filter((v) => filter === 'all' || (filter === 'overdue' ? v.overdue : v.status === filter))
      .filter((v) => !needle || fold(`${v.producerName} ${v.reference}`).includes(needle))
      .sort((a, b) => a.producerName.localeCompare(b.producerName, 'vi'));
  }

  /** The producer's own application: what to pay now, how (VietQR and in words). */
  async own(
    user: AuthUser,
    applicationId: string,
  ): Promise<{ view: PayerView; instructions: PaymentInstructions | null }> {
    const owned = await this.ownership.ownApplication(user, applicationId);
    const fair = await this.access.fairById(owned.fairId);
    const row = (await this.ledger.payables(owned.fairId)).find((r) => r.id === applicationId);
    if (!row) throw AppError.notFound('Payment');
    const [payments, terms] = await Promise.all([
      this.payments.ofFair(owned.fairId),
      this.terms.of(owned.fairId),
    ]);
    const v = view(
      row,
      fair,
      terms,
      payments.filter((p) => p.applicationId === applicationId),
      hanoiDay(this.clock.now()),
    );
    const account = await this.access.findBankAccount(fair);
    const instructions =
      v.asked && account ? paymentInstructions(account, BigInt(v.asked.amount), v.reference) : null;
    return { view: v, instructions };
  }
}

export function scheduleOf(r: PayableRow, fair: FairDto, terms: FairPaymentTerms): Schedule {
  return paymentSchedule(
    {
      amountDue: BigInt(r.amountDue ?? 0),
      deposit: BigInt(r.deposit ?? 0),
      amountPaid: BigInt(r.amountPaid),
    },
    terms,
    new Date(r.releasedAt ?? 0),
    fair.days[0]?.date ?? hanoiDay(new Date(r.releasedAt ?? 0)),
  );
}

function view(
  r: PayableRow,
  fair: FairDto,
  terms: FairPaymentTerms,
  payments: PaymentRow[],
  today: string,
): PayerView {
  const s = scheduleOf(r, fair, terms);
  const asked = amountAsked(s);
  return {
    applicationId: r.id,
    reference: r.reference,
    producerName: r.producerName,
    amountDue: r.amountDue ?? '0',
    deposit: r.deposit ?? '0',
    amountPaid: r.amountPaid,
    outstanding: s.outstanding.toString(),
    status: s.status,
    depositDueOn: s.depositDueOn,
    balanceDueOn: s.balanceDueOn,
    overdue: !!asked && asked.dueOn < today,
    asked: asked && { kind: asked.kind, amount: asked.amount.toString(), dueOn: asked.dueOn },
    payments: payments.map((p) => ({
      id: p.id,
      receiptNo: p.receiptNo,
      amount: p.amount,
      paidOn: p.paidOn,
      method: p.method,
    })),
  };
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
