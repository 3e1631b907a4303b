import { PlanIssueCode } from './plan-issue-codes';

/** What a plan issue's message is made of: booth codes, values, counts, line numbers. */
export type PlanIssueParams = Record<string, string | number>;

/**
 * One problem in a booth plan. `line` is the source line (CSV: physical line, header = 1) when
 * the plan came from a file; `booth` names the booth concerned when it has a code. `code` and
 * `params` say the problem for programs (a screen words it in its reader's language); `message`
 * is the English sentence for logs and the command line.
 */
export interface PlanIssue {
  line?: number;
  booth?: string;
  field: string;
  code: PlanIssueCode;
  params?: PlanIssueParams;
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
