import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { BankAccountDto, BankAccountsService, User, UsersService } from '@hoicho/accounts';
import { paymentBlock } from '@hoicho/accounts/domain';
import { AllocationApplicant } from '@hoicho/applications';
import { FairDto } from '@hoicho/fairs';
import {
  appLinks,
  OutboxMessageInput,
  OutboxService,
  TemplateDataMap,
} from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, Tx } from '@hoicho/platform';
import { PlanLookup } from '../common/allocation-context';

type AllocationBoothLine = TemplateDataMap['allocation.booths']['booths'][number];

/**
 * The letters allocation sends, through the outbox in the caller's transaction, to the member
 * who submitted the application, in that member's language. Dedupe keys make each letter
 * once-only: booths per application and booth set (publishing the same booths again sends
 * nothing; a move sends the new booths), the waiting-list letter per application and run,
 * an offer per offer.
 */
@Injectable()
export class AllocationMail {
  constructor(
    private readonly outbox: OutboxService,
    private readonly users: UsersService,
    private readonly accounts: BankAccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The recipients of these applicants, looked up before the transaction. */
  async recipients(applicants: readonly AllocationApplicant[]): Promise<Map<string, User>> {
    const found = new Map<string, User>();
    for (const id of new Set(
      applicants.map((a) => a.submittedBy).filter((x): x is string => !!x),
    )) {
      const user = await this.users.findById(id);
      if (user) found.set(id, user);
    }
    return found;
  }

  private lines(plan: PlanLookup, codes: readonly string[], en: boolean): AllocationBoothLine[] {
    return [...codes].sort().map((code) => {
      const booth = plan.byCode.get(code);
      const zone = booth ? plan.zoneNames.get(booth.zone) : undefined;
      const type = booth ? plan.typeNames.get(booth.type) : undefined;
      return {
        code,
        zone: (en ? zone?.en : zone?.vi) ?? booth?.zone ?? '',
        type: (en ? type?.en : type?.vi) ?? booth?.type ?? '',
        corner: booth?.corner ?? false,
        price: (booth && plan.typePrices.get(booth.type)) ?? null,
      };
    });
  }

  private fairName(fair: FairDto, en: boolean): string {
    return en ? (fair.nameEn ?? fair.nameVi) : fair.nameVi;
  }

  /** Returns whether a new letter was recorded (false: already sent for these booths). */
  async booths(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    applicant: AllocationApplicant,
    recipient: User | undefined,
    codes: readonly string[],
  ): Promise<boolean> {
    if (!recipient) return false;
    const account = await this.account(fair);
    const letter = this.boothsLetter(fair, plan, applicant, recipient, codes, account);
    return (await this.outbox.record(tx, letter)) !== null;
  }

  /** The body's receiving account, whose VietQR code the booths letter carries. */
  account(fair: FairDto): Promise<BankAccountDto | null> {
    return this.accounts.find(fair.organisingBodyId);
  }

  /** The booths letter as it is recorded (and as the publication preview renders it). */
  boothsLetter(
    fair: FairDto,
    plan: PlanLookup,
    applicant: AllocationApplicant,
    recipient: User,
    codes: readonly string[],
    account: BankAccountDto | null = null,
  ): OutboxMessageInput<'allocation.booths'> {
    const en = recipient.locale === 'en';
    const ids = plan.ids(codes).sort();
    const set = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 24);
    const outstanding =
      applicant.amountDue !== null
        ? (BigInt(applicant.amountDue) - BigInt(applicant.amountPaid)).toString()
        : null;
    return {
      template: 'allocation.booths',
      to: recipient.email,
      locale: recipient.locale,
      organisingBodyId: fair.organisingBodyId,
      dedupeKey: `allocation:${applicant.id}:booths:${set}`,
      data: {
        fullName: recipient.fullName,
        producerName: applicant.producerName,
        fairName: this.fairName(fair, en),
        reference: applicant.reference,
        booths: this.lines(plan, codes, en),
        fee: applicant.fee,
        amountDue: applicant.amountDue,
        amountPaid: applicant.amountPaid,
        outstanding,
        // What is still to pay, with a VietQR code of the body's account.
        payment:
          account && outstanding !== null && BigInt(outstanding) > 0n
            ? paymentBlock(account, outstanding, applicant.reference)
            : null,
        applicationUrl: appLinks.application(this.config.publicUrl, applicant.id),
      },
    };
  }

  async waitlisted(
    tx: Tx,
    fair: FairDto,
    applicant: AllocationApplicant,
    recipient: User | undefined,
    runId: string,
  ): Promise<boolean> {
    if (!recipient) return false;
    const en = recipient.locale === 'en';
    const id = await this.outbox.record(tx, {
      template: 'allocation.waitlisted',
      to: recipient.email,
      locale: recipient.locale,
      organisingBodyId: fair.organisingBodyId,
      dedupeKey: `allocation:${applicant.id}:waitlisted:${runId}`,
      data: {
        fullName: recipient.fullName,
        producerName: applicant.producerName,
        fairName: this.fairName(fair, en),
        reference: applicant.reference,
        amountPaid: applicant.amountPaid,
        paid: BigInt(applicant.amountPaid) > 0n,
        applicationUrl: appLinks.application(this.config.publicUrl, applicant.id),
      },
    });
    return id !== null;
  }

  async offer(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    applicant: AllocationApplicant,
    recipient: User | undefined,
    offer: { id: string; boothCodes: string[]; expiresAt: Date },
  ): Promise<boolean> {
    if (!recipient) return false;
    const en = recipient.locale === 'en';
    const id = await this.outbox.record(tx, {
      template: 'allocation.waitlist-offer',
      to: recipient.email,
      locale: recipient.locale,
      organisingBodyId: fair.organisingBodyId,
      dedupeKey: `waitlist-offer:${offer.id}`,
      data: {
        fullName: recipient.fullName,
        producerName: applicant.producerName,
        fairName: this.fairName(fair, en),
        reference: applicant.reference,
        booths: this.lines(plan, offer.boothCodes, en),
        amountDue: applicant.amountDue,
        expiresAt: offer.expiresAt.toISOString(),
        offerUrl: appLinks.waitlistOffer(this.config.publicUrl, offer.id),
      },
    });
    return id !== null;
  }
}
