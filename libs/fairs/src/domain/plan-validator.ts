import { Booth, BoothPlan } from './plan.types';
import { PlanIssueCode } from './plan-issue-codes';
import { PlanIssue, PlanIssueParams, PlanValidationError } from './plan-validation.error';

export interface PlanValidationOptions {
  /** Source line of each booth, by its index in `plan.booths`, when it came from a file. */
  lines?: readonly (number | undefined)[];
  /**
   * Codes of rows that exist in the source but failed to parse: references to them are not
   * reported a second time as unknown neighbours.
   */
  unparsedCodes?: ReadonlySet<string>;
}

/** Letters (any script), digits, then up to 31 of those or . _ / -, e.g. "A-01", "B2.14". */
const BOOTH_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,31}$/u;
// Coordinates are metres from user files; sums like 0.1 + 0.2 must not count as an overlap.
const EPSILON = 1e-6;

export function isBoothCode(code: string): boolean {
  return BOOTH_CODE.test(code);
}

function hasGeometry(b: Booth): boolean {
  return [b.x, b.y, b.width, b.height].every(Number.isFinite) && b.width > 0 && b.height > 0;
}

/** Every problem in a plan, in booth order; an empty list means the plan is sound. */
export function validatePlan(plan: BoothPlan, options: PlanValidationOptions = {}): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const lineOf = (index: number) => options.lines?.[index];
  const zones = new Set(plan.zones.map((z) => z.code));
  const types = new Set(plan.boothTypes.map((t) => t.code));
  const firstIndex = new Map<string, number>();
  const where = (code: string) => {
    const line = lineOf(firstIndex.get(code) ?? -1);
    return line === undefined ? code : `${code} (line ${line})`;
  };
  /** The other booth an issue names, with its line when it came from a file. */
  const named = (key: string, code: string): PlanIssueParams => {
    const line = lineOf(firstIndex.get(code) ?? -1);
    return line === undefined ? { [key]: code } : { [key]: code, [`${key}Line`]: line };
  };
  plan.booths.forEach((b, i) => {
    if (!firstIndex.has(b.code)) firstIndex.set(b.code, i);
  });

  plan.booths.forEach((booth, i) => {
    const add = (field: string, code: PlanIssueCode, message: string, params?: PlanIssueParams) =>
      issues.push({
        line: lineOf(i),
        booth: booth.code || undefined,
        field,
        code,
        ...(params ? { params } : {}),
        message,
      });

    if (!isBoothCode(booth.code)) {
      add(
        'code',
        'code_invalid',
        `"${booth.code}" is not a booth code (letters, digits, . _ / -; up to 32)`,
        { value: booth.code },
      );
    } else if (firstIndex.get(booth.code) !== i) {
      add(
        'code',
        'code_duplicate',
        `duplicate booth code, already used by ${where(booth.code)}`,
        named('other', booth.code),
      );
    }
    if (!zones.has(booth.zone))
      add('zone', 'zone_unknown', `unknown zone "${booth.zone}"`, { zone: booth.zone });
    if (!types.has(booth.type))
      add('type', 'type_unknown', `unknown booth type "${booth.type}"`, { type: booth.type });
    for (const key of ['x', 'y'] as const) {
      if (!Number.isFinite(booth[key]) || booth[key] < 0)
        add(key, 'not_negative', 'must be a number ≥ 0');
    }
    for (const key of ['width', 'height'] as const) {
      if (!Number.isFinite(booth[key]) || booth[key] <= 0)
        add(key, 'not_positive', 'must be a number > 0');
    }

    const seen = new Set<string>();
    const neighbourOf = (code: string) => named('neighbour', code);
    for (const other of booth.neighbours) {
      if (seen.has(other)) {
        add('neighbours', 'neighbour_twice', `${other} is listed twice`, { neighbour: other });
        continue;
      }
      seen.add(other);
      if (other === booth.code) {
        add('neighbours', 'neighbour_self', 'a booth cannot be its own neighbour');
        continue;
      }
      const j = firstIndex.get(other);
      if (j === undefined) {
        if (!options.unparsedCodes?.has(other))
          add('neighbours', 'neighbour_unknown', `unknown neighbour ${other}`, {
            neighbour: other,
          });
      } else if (!plan.booths[j].neighbours.includes(booth.code)) {
        add(
          'neighbours',
          'neighbour_not_mutual',
          `${booth.code} lists ${other} as a neighbour but ${where(other)} does not list ${booth.code}`,
          { booth: booth.code, ...neighbourOf(other) },
        );
      }
    }
  });

  issues.push(...findOverlaps(plan.booths, lineOf));
  return issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** Sweep along x so that thousands of booths are not compared pairwise. */
function findOverlaps(
  booths: readonly Booth[],
  lineOf: (index: number) => number | undefined,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const order = booths
    .map((_, i) => i)
    .filter((i) => hasGeometry(booths[i]))
    .sort((a, b) => booths[a].x - booths[b].x);
  let active: number[] = [];
  for (const i of order) {
    const b = booths[i];
    active = active.filter((j) => booths[j].x + booths[j].width > b.x + EPSILON);
    for (const j of active) {
      const a = booths[j];
      if (a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON) {
        // Report on whichever comes later in the source, naming the earlier one.
        const [earlier, later] = j < i ? [j, i] : [i, j];
        const line = lineOf(earlier);
        issues.push({
          line: lineOf(later),
          booth: booths[later].code,
          field: 'position',
          code: 'overlap',
          params:
            line === undefined
              ? { other: booths[earlier].code }
              : { other: booths[earlier].code, otherLine: line },
          message: `overlaps booth ${booths[earlier].code}${line === undefined ? '' : ` (line ${line})`}`,
        });
      }
    }
    active.push(i);
  }
  return issues;
}

export function assertValidPlan(plan: BoothPlan, options?: PlanValidationOptions): void {
  const issues = validatePlan(plan, options);
  if (issues.length > 0) throw new PlanValidationError(issues);
}
