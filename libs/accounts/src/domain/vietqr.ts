import { Banks, QRPay } from 'vietnam-qr-pay';

/** A NAPAS member bank that can receive VietQR transfers, from the `vietnam-qr-pay` list. */
export interface NapasBank {
  bin: string;
  code: string;
  shortName: string;
  name: string;
}

/**
 * Banks that can receive a VietQR transfer (current members; none deprecated), one per BIN (a
 * renamed bank keeps its BIN: DongA Bank became Vikki Bank, the one that takes transfers wins),
 * by short name.
 */
export const NAPAS_BANKS: readonly NapasBank[] = [
  ...new Map(
    Banks.filter((b) => !b.deprecated && b.vietQRStatus >= 0)
      .sort((a, b) => a.vietQRStatus - b.vietQRStatus)
      .map((b) => [b.bin, { bin: b.bin, code: b.code, shortName: b.shortName, name: b.name }]),
  ).values(),
].sort((a, b) => a.shortName.localeCompare(b.shortName, 'vi'));

const BY_BIN = new Map(NAPAS_BANKS.map((b) => [b.bin, b]));

export function napasBank(bin: string): NapasBank | undefined {
  return BY_BIN.get(bin);
}

export interface VietQrInput {
  bin: string;
  accountNumber: string;
  /** Whole đồng; omitted for a static code (the payer types the amount). */
  amount?: bigint | string | null;
  /** The transfer text the payer's bank app fills in: the application's HC reference. */
  purpose?: string | null;
}

/**
 * The EMVCo payload of a VietQR code (NAPAS 247 to an account, field 38), with the amount
 * (field 54) and the purpose (field 62.08) filled in, ending with its CRC-16 (field 63).
 */
export function vietQrPayload(input: VietQrInput): string {
  const qr = QRPay.initVietQR({
    bankBin: input.bin,
    bankNumber: input.accountNumber,
    amount: input.amount != null ? BigInt(input.amount).toString() : undefined,
    purpose: input.purpose ?? undefined,
  });
  return qr.build();
}

export interface DecodedVietQr {
  valid: boolean;
  bin: string | undefined;
  accountNumber: string | undefined;
  amount: string | undefined;
  purpose: string | undefined;
  crc: string | undefined;
}

/** Reads a payload back (the library checks the CRC and the structure). */
export function decodeVietQr(payload: string): DecodedVietQr {
  const qr = new QRPay(payload);
  return {
    valid: qr.isValid,
    bin: qr.consumer?.bankBin,
    accountNumber: qr.consumer?.bankNumber,
    amount: qr.amount,
    purpose: qr.additionalData?.purpose,
    crc: qr.crc,
  };
}

/** A receiving account as letters name it. */
export interface ReceivingAccount {
  bankBin: string;
  bankShortName: string;
  bankName: string;
  accountNumber: string;
  holder: string;
}

/**
 * What a letter or a screen asking for money carries: the account in words, the amount, the
 * reference to write in the transfer and the VietQR payload holding all of them.
 */
export function paymentBlock(
  account: ReceivingAccount,
  amount: bigint | string,
  reference: string,
  dueOn: string | null = null,
) {
  return {
    bankShortName: account.bankShortName,
    bankName: account.bankName,
    accountNumber: account.accountNumber,
    holder: account.holder,
    amount: BigInt(amount).toString(),
    reference,
    dueOn,
    qrPayload: vietQrPayload({
      bin: account.bankBin,
      accountNumber: account.accountNumber,
      amount: BigInt(amount),
      purpose: reference,
    }),
  };
}
