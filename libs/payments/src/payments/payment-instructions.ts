import { BankAccountDto } from '@hoicho/accounts';
import { vietQrPayload } from '@hoicho/accounts/domain';

/** What a letter or a screen asking for money says: the QR payload and the same in words. */
export interface PaymentInstructions {
  bankBin: string;
  bankShortName: string;
  bankName: string;
  accountNumber: string;
  holder: string;
  /** Whole đồng as digits. */
  amount: string;
  reference: string;
  /** The VietQR (EMVCo) payload: amount in field 54, the reference as the purpose (62.08). */
  qrPayload: string;
}

export function paymentInstructions(
  account: BankAccountDto,
  amount: bigint,
  reference: string,
): PaymentInstructions {
  return {
    bankBin: account.bankBin,
    bankShortName: account.bankShortName,
    bankName: account.bankName,
    accountNumber: account.accountNumber,
    holder: account.holder,
    amount: amount.toString(),
    reference,
    qrPayload: vietQrPayload({
      bin: account.bankBin,
      accountNumber: account.accountNumber,
      amount,
      purpose: reference,
    }),
  };
}
