import { Booth, BoothPlan } from './plan.types';
import { PlanIssueCode } from './plan-issue-codes';
import { PlanIssue, PlanValidationError } from './plan-validation.error';

/** A block of same-type booths drawn in one go, the way organisers lay out a hall. */
export interface GridSpec {
  zone: string;
  type: string;
  /** Put before the number: "A-" gives, … */
  prefix: string;
  rows: number;
  columns: number;
  origin: { x: number; y: number };
  /** Metres; a standard shell-scheme booth is 3 × 3. */
  boothWidth?: number;
  boothHeight?: number;
  /** Number of the first booth; numbering runs left to right, row after row. */
  firstNumber?: number;
  /** Gap in metres between rows, or between pairs of rows when back to back. */
  aisle?: number;
  /** Rows go in pairs that share a back wall, so facing booths are neighbours too. */
  backToBack?: boolean;
}

const STANDARD_SIDE = 3;
const DEFAULT_AISLE = 3;

function checkSpec(spec: GridSpec): void {
  const issues: PlanIssue[] = [];
  const need = (ok: boolean, field: string, code: PlanIssueCode, message: string) => {
    if (!ok) issues.push({ field, code, message });
  };
  need(
    Number.isInteger(spec.rows) && spec.rows > 0,
    'rows',
    'whole_positive',
    'must be a whole number > 0',
  );
  need(
    Number.isInteger(spec.columns) && spec.columns > 0,
    'columns',
    'whole_positive',
    'must be a whole number > 0',
  );
  for (const [field, value] of [
    ['boothWidth', spec.boothWidth],
    ['boothHeight', spec.boothHeight],
  ] as const) {
    need(
      value === undefined || (Number.isFinite(value) && value > 0),
      field,
      'not_positive',
      'must be > 0',
    );
  }
  need(
    spec.aisle === undefined || (Number.isFinite(spec.aisle) && spec.aisle >= 0),
    'aisle',
    'not_negative',
    'must be ≥ 0',
  );
  need(
    spec.firstNumber === undefined || (Number.isInteger(spec.firstNumber) && spec.firstNumber >= 0),
    'firstNumber',
    'whole_not_negative',
    'must be a whole number ≥ 0',
  );
  if (issues.length > 0) throw new PlanValidationError(issues);
}

/** Generates the booths of a grid with positions, corners at row ends and neighbours. */
export function generateGrid(spec: GridSpec): Booth[] {
  checkSpec(spec);
  const width = spec.boothWidth ?? STANDARD_SIDE;
  const height = spec.boothHeight ?? STANDARD_SIDE;
  const aisle = spec.aisle ?? DEFAULT_AISLE;
  const first = spec.firstNumber ?? 1;
  const digits = Math.max(2, String(first + spec.rows * spec.columns - 1).length);
  const codeAt = (row: number, column: number) =>
    spec.prefix + String(first + row * spec.columns + column).padStart(digits, '0');

  const rowY = (row: number) =>
    spec.backToBack
      ? spec.origin.y + Math.floor(row / 2) * (2 * height + aisle) + (row % 2) * height
      : spec.origin.y + row * (height + aisle);
  // In a back-to-back pair, row 2k and row 2k+1 share their back wall.
  const backPartner = (row: number): number | undefined => {
    if (!spec.backToBack) return undefined;
    const partner = row % 2 === 0 ? row + 1 : row - 1;
    return partner < spec.rows ? partner : undefined;
  };

  const booths: Booth[] = [];
  for (let row = 0; row < spec.rows; row++) {
    for (let column = 0; column < spec.columns; column++) {
      const neighbours: string[] = [];
      if (column > 0) neighbours.push(codeAt(row, column - 1));
      if (column < spec.columns - 1) neighbours.push(codeAt(row, column + 1));
      const partner = backPartner(row);
      if (partner !== undefined) neighbours.push(codeAt(partner, column));
      booths.push({
        code: codeAt(row, column),
        zone: spec.zone,
        type: spec.type,
        x: spec.origin.x + column * width,
        y: rowY(row),
        width,
        height,
        corner: column === 0 || column === spec.columns - 1,
        blocked: false,
        neighbours,
      });
    }
  }
  return booths;
}

/**
 * Adds booths to a plan, refusing the whole batch if any code is already taken. Only codes are
 * checked here; run validatePlan on the result before storing it (overlaps, zones, types).
 */
export function mergeBooths(plan: BoothPlan, added: readonly Booth[]): BoothPlan {
  const taken = new Set(plan.booths.map((b) => b.code));
  const issues: PlanIssue[] = [];
  for (const booth of added) {
    if (taken.has(booth.code)) {
      issues.push({
        booth: booth.code,
        field: 'code',
        code: 'code_in_plan',
        message: 'booth code already in the plan',
      });
    }
    taken.add(booth.code);
  }
  if (issues.length > 0) throw new PlanValidationError(issues);
  return { ...plan, booths: [...plan.booths, ...added] };
}
