/**
 * One problem in a booth plan. `line` is the source line (CSV: physical line, header = 1) when
 * the plan came from a file; `booth` names the booth concerned when it has a code.
 */
export interface PlanIssue {
  line?: number;
  booth?: string;
  field: string;
  message: string;
}

/** Thrown with every issue found, so a person can fix the whole file in one go. */
export class PlanValidationError extends Error {
  readonly code = 'plan_invalid';

  constructor(readonly issues: readonly PlanIssue[]) {
    super(
      `The booth plan has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ` +
        issues.slice(0, 3).map(formatPlanIssue).join('; ') +
        (issues.length > 3 ? '; …' : ''),
    );
    this.name = 'PlanValidationError';
  }
}

export function formatPlanIssue(issue: PlanIssue): string {
  const where = [
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.booth !== undefined ? `booth ${issue.booth}` : undefined,
  ].filter(Boolean);
  return `${where.length ? `${where.join(', ')}: ` : ''}${issue.field}: ${issue.message}`;
}
