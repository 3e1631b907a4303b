import { Injectable, OnModuleInit } from '@nestjs/common';
import { DepositDueDays } from '@hoicho/applications';
import { FairDto } from '@hoicho/fairs';
import { hanoiDay, paymentSchedule } from '../domain';
import { PaymentTermsService } from './payment-terms.service';

/**
 * Fills applications' `DepositDueDays` port: the decision letter asks for the deposit by the
 * day the fair's payment terms give (the same schedule as reminders and the producer's screen).
 */
@Injectable()
export class DepositDueDayProvider implements OnModuleInit {
  constructor(
    private readonly port: DepositDueDays,
    private readonly terms: PaymentTermsService,
  ) {}

  onModuleInit(): void {
    this.port.provide((fair, releasedAt) => this.dueOn(fair, releasedAt));
  }

  async dueOn(fair: FairDto, releasedAt: Date): Promise<string> {
    const terms = await this.terms.of(fair.id);
    const owed = { amountDue: 0n, deposit: 0n, amountPaid: 0n };
    const firstDay = fair.days[0]?.date ?? hanoiDay(releasedAt);
    return paymentSchedule(owed, terms, releasedAt, firstDay).depositDueOn;
  }
}
