import { Inject, Injectable } from '@nestjs/common';
import { BankAccountDto, BankAccountsService, User, UsersService } from '@hoicho/accounts';
import { paymentBlock } from '@hoicho/accounts/domain';
import { FairDto } from '@hoicho/fairs';
import { appLinks, OutboxMessageInput, OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, Tx } from '@hoicho/platform';
import { ApplicationStatus } from '../domain';
import { Application } from '../entities/application.entity';
import { DepositDueDays } from './deposit-due-days';

/**
 * The decision letter (template `application.decision`), recorded in the outbox in the
 * caller's transaction, to the member who submitted the application, in that member's
 * language. The dedupe key (application + decision) makes it once-only.
 */
@Injectable()
export class DecisionLetters {
  constructor(
    private readonly outbox: OutboxService,
    private readonly users: UsersService,
    private readonly accounts: BankAccountsService,
    private readonly dueDays: DepositDueDays,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The members who submitted these applications, looked up before the transaction. */
  async recipients(submitters: readonly (string | null)[]): Promise<Map<string, User>> {
    const found = new Map<string, User>();
    for (const id of new Set(submitters.filter((x): x is string => !!x))) {
      const user = await this.users.findById(id);
      if (user) found.set(id, user);
    }
    return found;
  }

  /** Whether a new letter was recorded (false: none to send, or already recorded). */
  async record(
    tx: Tx,
    fair: FairDto,
    app: Application,
    decision: ApplicationStatus,
    recipients: Map<string, User>,
    releasedAt: Date,
  ): Promise<boolean> {
    const recipient =
      (app.submittedBy && recipients.get(app.submittedBy)) ||
      (app.submittedBy ? await this.users.findById(app.submittedBy) : null);
    if (!recipient) return false;
    const account =
      decision === 'approved' ? await this.accounts.find(fair.organisingBodyId) : null;
    const dueOn = decision === 'approved' ? await this.dueDays.of(fair, releasedAt) : null;
    const id = await this.outbox.record(
      tx,
      this.letter(fair, app, decision, recipient, account, dueOn),
    );
    return id !== null;
  }

  /** The letter as it is recorded (and as the release preview renders it). */
  letter(
    fair: FairDto,
    app: Application,
    decision: ApplicationStatus,
    recipient: User,
    account: BankAccountDto | null = null,
    depositDueOn: string | null = null,
  ): OutboxMessageInput<'application.decision'> {
    const dueOn = depositDueOn ? depositDueOn.split('-').reverse().join('/') : null;
    const approved = decision === 'approved';
    const detail = app.feeDetail;
    const en = recipient.locale === 'en';
    const programme =
      detail?.programme && app.subsidy && BigInt(app.subsidy) > 0n
        ? en
          ? (detail.programme.nameEn ?? detail.programme.nameVi)
          : detail.programme.nameVi
        : null;
    return {
      template: 'application.decision',
      to: recipient.email,
      locale: recipient.locale,
      organisingBodyId: fair.organisingBodyId,
      dedupeKey: `application:${app.id}:decision:${decision}`,
      data: {
        fullName: recipient.fullName,
        producerName: app.producerName,
        fairName: en ? (fair.nameEn ?? fair.nameVi) : fair.nameVi,
        reference: app.reference,
        decision: decision as 'approved' | 'rejected' | 'waitlisted',
        boothsWanted: app.boothsWanted,
        reason: app.pendingReason,
        fee: approved ? app.fee : null,
        subsidy: approved ? app.subsidy : null,
        amountDue: approved ? app.amountDue : null,
        depositPercent: approved ? (detail?.depositPercent ?? null) : null,
        deposit: approved ? app.deposit : null,
        depositDueOn: approved ? dueOn : null,
        balance:
          approved && app.amountDue !== null && app.deposit !== null
            ? (BigInt(app.amountDue) - BigInt(app.deposit)).toString()
            : null,
        programmeName: approved ? programme : null,
        // The deposit is asked for by its due day (payments' terms), with a VietQR code.
        payment:
          approved && account && app.deposit !== null && BigInt(app.deposit) > 0n
            ? paymentBlock(account, app.deposit, app.reference, dueOn)
            : null,
        applicationUrl: appLinks.application(this.config.publicUrl, app.id),
      },
    };
  }
}
