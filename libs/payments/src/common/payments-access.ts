import { Injectable } from '@nestjs/common';
import { BankAccountDto, BankAccountsService } from '@hoicho/accounts';
import { FairDto, FairsService } from '@hoicho/fairs';
import { AuthUser } from '@hoicho/platform';
import { bankAccountMissing } from '../payments.errors';

/** The organiser's side starts here: the fair if the caller's body runs it (404 otherwise). */
@Injectable()
export class PaymentsAccess {
  constructor(
    private readonly fairs: FairsService,
    private readonly accounts: BankAccountsService,
  ) {}

  fair(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.fairs.getFairForUser(user, fairId);
  }

  /** The fair's receiving account (its organising body's), 409 when not set. */
  async bankAccount(fair: FairDto): Promise<BankAccountDto> {
    const account = await this.accounts.find(fair.organisingBodyId);
    if (!account) throw bankAccountMissing();
    return account;
  }

  /** A fair by id, without the caller's check (the caller checked ownership another way). */
  fairById(fairId: string): Promise<FairDto> {
    return this.fairs.getFair(fairId);
  }

  findBankAccount(fair: FairDto): Promise<BankAccountDto | null> {
    return this.accounts.find(fair.organisingBodyId);
  }
}
