import { toNfc } from '@hoicho/platform/domain';
import { Booth, PlanReference } from './plan.types';

/** The columns of an imported booth row, required ones first. */
export const REQUIRED_COLUMNS = ['code', 'zone', 'type', 'x', 'y', 'width', 'height'] as const;
export const OPTIONAL_COLUMNS = ['corner', 'blocked', 'neighbours'] as const;
export type PlanColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export const PLAN_COLUMNS: readonly PlanColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'x', 'có', 'co']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'n', 'không', 'khong']);

export type RowRead = { ok: true; booth: Booth } | { ok: false; problems: RowProblem[] };
export interface RowProblem {
  column: PlanColumn;
  code: 'required' | 'not_text' | 'not_number' | 'not_yes_no' | 'neighbours_not_list';
  params?: { value: string };
  message: string;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function normaliseBoothCode(value: string): string {
  return toNfc(value).toUpperCase();
}

/** Accepts 1.5 and, as Vietnamese spreadsheets write it, 1,5. */
function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return false;
  if (typeof value !== 'string') return undefined;
  const word = toNfc(value).toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : undefined;
}

/** "A-02|A-03", "A-02 A-03" or a JSON array; commas and semicolons inside a cell also split. */
function readNeighbours(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  const parts = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[|,;\s]+/)
      : undefined;
  if (!parts || !parts.every((part) => typeof part === 'string')) return undefined;
  const codes = parts.map(normaliseBoothCode).filter((code) => code !== '');
  return [...new Set(codes)];
}

/** Matches zone and type codes case-insensitively, keeping the fair's own spelling. */
function canonical(value: string, known: readonly { code: string }[]): string {
  const typed = toNfc(value);
  return known.find((k) => k.code.toLowerCase() === typed.toLowerCase())?.code ?? typed;
}

/**
 * Turns one row (CSV strings or JSON values) into a booth, or lists every bad field.
 * Whether codes exist and geometry fits is left to the plan validator.
 */
export function readBoothRow(
  row: Partial<Record<PlanColumn, unknown>>,
  reference: PlanReference,
): RowRead {
  const problems: RowProblem[] = [];
  for (const column of REQUIRED_COLUMNS) {
    if (isBlank(row[column])) problems.push({ column, code: 'required', message: 'is required' });
  }
  const text = (column: 'code' | 'zone' | 'type') => {
    const value = row[column];
    if (isBlank(value)) return '';
    if (typeof value !== 'string')
      problems.push({ column, code: 'not_text', message: 'must be text' });
    return typeof value === 'string' ? value : '';
  };
  const code = normaliseBoothCode(text('code'));
  const zone = canonical(text('zone'), reference.zones);
  const type = canonical(text('type'), reference.boothTypes);

  const numbers = {} as Record<'x' | 'y' | 'width' | 'height', number>;
  for (const column of ['x', 'y', 'width', 'height'] as const) {
    if (isBlank(row[column])) continue;
    const value = readNumber(row[column]);
    if (value === undefined) {
      problems.push({
        column,
        code: 'not_number',
        params: { value: String(row[column]) },
        message: `"${row[column]}" is not a number`,
      });
    } else {
      numbers[column] = value;
    }
  }
  const flags = {} as Record<'corner' | 'blocked', boolean>;
  for (const column of ['corner', 'blocked'] as const) {
    const value = readBoolean(row[column]);
    if (value === undefined) {
      problems.push({
        column,
        code: 'not_yes_no',
        params: { value: String(row[column]) },
        message: `"${row[column]}" is not yes/no (1/0, true/false, có/không)`,
      });
    } else {
      flags[column] = value;
    }
  }
  const neighbours = readNeighbours(row.neighbours);
  if (!neighbours) {
    problems.push({
      column: 'neighbours',
      code: 'neighbours_not_list',
      message: 'must be a list of booth codes',
    });
  }

  if (problems.length > 0 || !neighbours) return { ok: false, problems };
  return { ok: true, booth: { code, zone, type, ...numbers, ...flags, neighbours } };
}
