import { Inject, Injectable, Logger } from '@nestjs/common';
import { BankAccountsService, UsersService } from '@hoicho/accounts';
import { paymentBlock } from '@hoicho/accounts/domain';
import { ApplicationLedger, PayableRow } from '@hoicho/applications';
import { FairDto, FairsService } from '@hoicho/fairs';
import { appLinks, OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, Clock, TransactionRunner } from '@hoicho/platform';
import { amountAsked, hanoiDay, remindersDue } from '../domain';
import { scheduleOf } from '../payments/payments-overview.service';
import { PaymentTermsService } from '../terms/payment-terms.service';
import { PaymentReminderRepository } from './payment-reminder.repository';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Reminds producers of a deposit or balance due within the fair's reminder days, once per
 * application and kind: the reminder row (primary key) and the outbox message (dedupe key)
 * are written in one transaction, so a second sweep, or two workers, send nothing more.
 */
@Injectable()
export class PaymentRemindersService {
  private readonly logger = new Logger(PaymentRemindersService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly ledger: ApplicationLedger,
    private readonly fairs: FairsService,
    private readonly terms: PaymentTermsService,
    private readonly accounts: BankAccountsService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly reminders: PaymentReminderRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records the reminders due now; answers how many were recorded. */
  async sendDue(): Promise<number> {
    const today = hanoiDay(this.clock.now());
    const byFair = new Map<string, PayableRow[]>();
    for (const row of await this.ledger.owing()) {
      byFair.set(row.fairId, [...(byFair.get(row.fairId) ?? []), row]);
    }
    let sent = 0;
    for (const [fairId, rows] of byFair) {
      const fair = await this.fairs.getFair(fairId);
      if (!['open', 'allocating', 'published'].includes(fair.status)) continue;
      const account = await this.accounts.find(fair.organisingBodyId);
      if (!account) continue; // nothing to tell the producer how to pay with
      const terms = await this.terms.of(fairId);
      for (const row of rows) {
        const schedule = scheduleOf(row, fair, terms);
        const [kind] = remindersDue(schedule, today, terms.reminderDays);
        const asked = amountAsked(schedule);
        if (!kind || !asked || !row.submittedBy) continue;
        if (await this.remind(fair, row, kind, asked.amount, asked.dueOn, account)) sent++;
      }
    }
    if (sent) this.logger.log(`${sent} payment reminder(s) recorded`);
    return sent;
  }

  private async remind(
    fair: FairDto,
    row: PayableRow,
    kind: 'deposit' | 'balance',
    amount: bigint,
    dueOn: string,
    account: Parameters<typeof paymentBlock>[0],
  ): Promise<boolean> {
    const user = await this.users.findById(row.submittedBy!);
    if (!user) return false;
    const en = user.locale === 'en';
    return this.transactions.run(async (tx) => {
      const claimed = await this.reminders.claim(tx.manager, {
        applicationId: row.id,
        kind,
        dueOn,
        amount,
      });
      if (!claimed) return false;
      await this.outbox.record(tx, {
        template: 'payment.reminder',
        to: user.email,
        locale: user.locale,
        organisingBodyId: fair.organisingBodyId,
        dedupeKey: `payment:${row.id}:reminder:${kind}`,
        data: {
          fullName: user.fullName,
          producerName: row.producerName,
          fairName: en ? (fair.nameEn ?? fair.nameVi) : fair.nameVi,
          reference: row.reference,
          kind,
          amountDue: row.amountDue ?? '0',
          amountPaid: row.amountPaid,
          payment: paymentBlock(account, amount, row.reference, dmy(dueOn)),
          applicationUrl: appLinks.application(this.config.publicUrl, row.id),
        },
      });
      return true;
    });
  }
}
