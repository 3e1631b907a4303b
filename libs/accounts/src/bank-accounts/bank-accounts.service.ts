import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Clock, FieldIssue, TransactionRunner } from '@hoicho/platform';
import { napasBank } from '../domain/vietqr';
import { BankAccountDto, PutBankAccountDto } from './dto/bank-account.dto';
import { BodyBankAccount } from './bank-account.entity';
import { BankAccountRepository } from './bank-account.repository';

/** "Sở Công Thương Hà Nội" → "SO CONG THUONG HA NOI": how banks print a holder. */
export function bankHolderName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The organising body's receiving account: the one every VietQR code and letter names. */
@Injectable()
export class BankAccountsService {
  constructor(
    private readonly accounts: BankAccountRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The account with its bank's names, or null when the body has not set one. */
  async find(bodyId: string): Promise<BankAccountDto | null> {
    const row = await this.accounts.find(bodyId);
    return row ? view(row) : null;
  }

  async put(user: AuthUser, bodyId: string, dto: PutBankAccountDto): Promise<BankAccountDto> {
    const issues: FieldIssue[] = [];
    if (!napasBank(dto.bankBin)) {
      issues.push({ field: 'bankBin', message: `${dto.bankBin} is not a NAPAS member bank` });
    }
    const accountNumber = dto.accountNumber.replace(/[\s.-]/g, '').toUpperCase();
    if (!/^[0-9A-Z]{4,19}$/.test(accountNumber)) {
      issues.push({ field: 'accountNumber', message: 'must be 4–19 digits or letters' });
    }
    const holder = bankHolderName(dto.holder);
    if (!/^[A-Z0-9 .,&()/-]{2,70}$/.test(holder)) {
      issues.push({
        field: 'holder',
        message: 'must be letters, digits, spaces and . , & ( ) / -',
      });
    }
    if (issues.length) throw AppError.validation(issues);
    const row: BodyBankAccount = {
      organisingBodyId: bodyId,
      bankBin: dto.bankBin,
      accountNumber,
      holder,
      updatedBy: user.id,
      updatedAt: this.clock.now(),
    };
    await this.transactions.run((tx) => this.accounts.upsert(tx.manager, row));
    return view(row);
  }
}

function view(row: BodyBankAccount): BankAccountDto {
  const bank = napasBank(row.bankBin);
  return {
    organisingBodyId: row.organisingBodyId,
    bankBin: row.bankBin,
    bankShortName: bank?.shortName ?? row.bankBin,
    bankName: bank?.name ?? row.bankBin,
    accountNumber: row.accountNumber,
    holder: row.holder,
    updatedAt: row.updatedAt,
  };
}
