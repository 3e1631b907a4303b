import { Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';

/** The Hà Nội day (`YYYY-MM-DD`) a deposit asked at `releasedAt` is due, or null if unknown. */
export type DepositDueDaySource = (fair: FairDto, releasedAt: Date) => Promise<string | null>;

/**
 * A port: the payment terms live in the payments library, above this one, so the decision
 * letter cannot read them. Payments provides the source when its module starts; without it
 * (a process without payments) the letter says "now" and carries no due day.
 */
@Injectable()
export class DepositDueDays {
  private source: DepositDueDaySource | null = null;

  provide(source: DepositDueDaySource): void {
    this.source = source;
  }

  of(fair: FairDto, releasedAt: Date): Promise<string | null> {
    return this.source ? this.source(fair, releasedAt) : Promise.resolve(null);
  }
}
