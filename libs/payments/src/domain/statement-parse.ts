import { createHash } from 'node:crypto';
import { foldHeader, StatementMapping } from './statement-mapping';

/** A cell as read from CSV (text) or XLSX (text, number or date). */
export type Cell = string | number | Date | null | undefined;

export interface StatementCredit {
  /** 1-based line of the file (the header is line `headerLine`). */
  line: number;
  bookedOn: string;
  amount: bigint;
  description: string;
  bankRef: string | null;
  account: string | null;
  /** The bank transaction's identity: its reference, else a hash of its facts. */
  txKey: string;
}

/**
 * A line that could not be read, as a stable code with the cell's text (`value`): the API words
 * it in the caller's language (statements/statement-line-texts.ts), the web from its catalogue.
 * - amount_invalid: the amount (or credit) cell is not an amount in đồng;
 * - date_invalid: the date cell is not a day (dd/MM/yyyy).
 */
export type LineErrorCode = 'amount_invalid' | 'date_invalid';

export const LINE_ERROR_CODES: readonly LineErrorCode[] = ['amount_invalid', 'date_invalid'];

export interface LineError {
  line: number;
  field: string;
  code: LineErrorCode;
  params: { value: string };
}

export interface ParsedStatement {
  credits: StatementCredit[];
  errors: LineError[];
  /** Debits and blank rows: accounted for, not imported. */
  skipped: number[];
  headerLine: number;
}

/** "1.250.000", "1,250,000", "1 250 000 VND", "+1250000", 1250000 → whole đồng; null if not money. */
export function parseVnd(cell: Cell): bigint | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? BigInt(cell) : null;
  if (typeof cell !== 'string') return null;
  let text = cell.replace(/\s|VND|VNĐ|đ|₫/gi, '');
  if (text === '') return null;
  const negative = /^-|^\(.*\)$/.test(text);
  text = text.replace(/^[+-]|[()]/g, '');
  // Separators every three digits are thousands; a ",00" or ".00" tail is zero minor units.
  text = text.replace(/[.,]00$/, '');
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(text)) return null;
  const n = BigInt(text.replace(/[.,]/g, ''));
  return negative ? -n : n;
}

/** dd/MM/yyyy (optionally with a time), yyyy-MM-dd, or a spreadsheet date → yyyy-MM-dd. */
export function parseDay(cell: Cell): string | null {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(text);
  const ymd = dmy ? null : /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (!parts) return null;
  const day = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

const text = (cell: Cell): string =>
  cell == null
    ? ''
    : cell instanceof Date
      ? cell.toISOString()
      : String(cell).normalize('NFC').trim();

/**
 * Finds the header row (within the first 30: bank exports start with a title block), then
 * reads every credit. A bad row is reported with its line and field, the others are kept.
 * Throws a field-level error list when the headers are not found at all.
 */
export function parseStatement(
  rows: Cell[][],
  mapping: StatementMapping,
): ParsedStatement | { missing: string[] } {
  const wanted = Object.entries(mapping).filter(
    ([, header]) => typeof header === 'string' && header.trim(),
  );
  let headerIndex = -1;
  let columns: Record<string, number> = {};
  let missing: string[] = wanted.map(([field]) => field);
  for (let i = 0; i < Math.min(rows.length, 30) && headerIndex < 0; i++) {
    const folded = rows[i].map((c) => foldHeader(text(c)));
    const found: Record<string, number> = {};
    const absent: string[] = [];
    for (const [field, header] of wanted) {
      const at = folded.indexOf(foldHeader(header as string));
      if (at >= 0) found[field] = at;
      else absent.push(field);
    }
    if (absent.length === 0) [headerIndex, columns] = [i, found];
    else if (absent.length < missing.length) missing = absent;
  }
  if (headerIndex < 0) return { missing };
  const credits: StatementCredit[] = [];
  const errors: LineError[] = [];
  const skipped: number[] = [];
  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    const line = i + 1;
    const at = (field: keyof StatementMapping): Cell =>
      field in columns ? row[columns[field]] : undefined;
    if (row.every((c) => text(c) === '')) {
      skipped.push(line);
      continue;
    }
    const amountCell = mapping.credit ? at('credit') : at('amount');
    const amountField = mapping.credit ? 'credit' : 'amount';
    if (text(amountCell) === '' && mapping.credit) {
      skipped.push(line); // a debit row: its credit cell is empty
      continue;
    }
    const amount = parseVnd(amountCell);
    const bookedOn = parseDay(at('date'));
    const description = text(at('description'));
    const lineErrors: LineError[] = [];
    if (amount === null)
      lineErrors.push({
        line,
        field: amountField,
        code: 'amount_invalid',
        params: { value: text(amountCell) },
      });
    if (bookedOn === null)
      lineErrors.push({
        line,
        field: 'date',
        code: 'date_invalid',
        params: { value: text(at('date')) },
      });
    if (lineErrors.length) {
      errors.push(...lineErrors);
      continue;
    }
    if (amount! <= 0n) {
      skipped.push(line);
      continue;
    }
    const bankRef = text(at('bankRef')) || null;
    const account = text(at('account')) || null;
    const facts = `${bookedOn}|${amount}|${description}|${account ?? ''}`;
    const occurrence = (seen.get(facts) ?? 0) + 1;
    seen.set(facts, occurrence);
    const txKey = bankRef
      ? `ref:${bankRef}`
      : `sha256:${createHash('sha256').update(`${facts}|${occurrence}`).digest('hex')}`;
    credits.push({
      line,
      bookedOn: bookedOn!,
      amount: amount!,
      description,
      bankRef,
      account,
      txKey,
    });
  }
  return { credits, errors, skipped, headerLine: headerIndex + 1 };
}
