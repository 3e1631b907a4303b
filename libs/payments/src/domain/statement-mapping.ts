/**
 * Which columns of a bank's statement hold what. Each value is a header as the bank prints it
 * (matched without accents, case or spacing: "Số tiền ghi có" = "so tien ghi co"). A statement
 * has either one signed `amount` column or a `credit` column (and maybe `debit`). Pure.
 */
export interface StatementMapping {
  date: string;
  /** Credit amount (money in); rows with nothing here are debits and are skipped. */
  credit?: string;
  /** A signed amount (money in > 0), when the bank prints one column. */
  amount?: string;
  description: string;
  /** The bank's transaction number, when the statement has one (the best identity). */
  bankRef?: string;
  /** The payer's account, part of the identity when there is no bankRef. */
  account?: string;
}

export const MAPPING_FIELDS = [
  'date',
  'credit',
  'amount',
  'description',
  'bankRef',
  'account',
] as const;

export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Problems with a mapping itself (field names the mapping's own key). */
export function mappingIssues(mapping: StatementMapping): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  if (!mapping.date?.trim()) issues.push({ field: 'mapping.date', message: 'is required' });
  if (!mapping.description?.trim()) {
    issues.push({ field: 'mapping.description', message: 'is required' });
  }
  if (!mapping.credit?.trim() && !mapping.amount?.trim()) {
    issues.push({ field: 'mapping.credit', message: 'name a credit column or an amount column' });
  }
  return issues;
}

/** A starting mapping for Vietnamese bank exports (Vietcombank, BIDV, Techcombank-like headers). */
export const DEFAULT_MAPPING: StatementMapping = {
  date: 'Ngày giao dịch',
  credit: 'Số tiền ghi có',
  description: 'Nội dung',
  bankRef: 'Số tham chiếu',
};
