import { AppError, FieldIssue, Language } from '@hoicho/platform';
import { planIssueText } from './plan/plan-issue-texts';
import {
  FairStatus,
  FairTransitionError,
  formatPlanIssue,
  nextFairStatuses,
  PlanIssue,
} from './domain';

/*
 * The fairs area's error codes:
 * - fair_transition (409): a status change the machine forbids; details carry from, to, allowed.
 * - fair_not_ready (422): a legal step whose preconditions are missing (no zones, no booths…).
 * - fair_locked (409): the fair is closed or cancelled and cannot be edited.
 * - plan_locked (409): the floor plan is edited only while the fair is draft or open.
 * - plan_invalid (400): a grid, import or booth edit would make a bad plan; `fields` lists every
 *   issue (with `line` for CSV), `details.issues` the same with the booth concerned.
 * - code_taken (409), in_use (409), budget_below_used (409), import_format (400).
 */

export const PLAN_EDITABLE: readonly FairStatus[] = ['draft', 'open'];

export function transitionRefused(error: FairTransitionError): AppError {
  return new AppError(
    'conflict',
    error.code,
    error.message,
    [{ field: 'to', message: error.message }],
    {
      from: error.from,
      to: error.to,
      allowed: nextFairStatuses(error.from),
    },
  );
}

export function fairNotReady(to: FairStatus, fields: FieldIssue[]): AppError {
  return new AppError(
    'unprocessable',
    'fair_not_ready',
    `The fair cannot become "${to}" yet: ${fields.map((f) => f.message).join('; ')}`,
    fields,
  );
}

export function fairLocked(status: FairStatus): AppError {
  return new AppError('conflict', 'fair_locked', `A ${status} fair can no longer be changed`, [
    { field: 'status', message: `is ${status}` },
  ]);
}

export function planLocked(status: FairStatus): AppError {
  return new AppError(
    'conflict',
    'plan_locked',
    `The floor plan can be changed only while the fair is ${PLAN_EDITABLE.join(' or ')}; it is ${status}`,
    [{ field: 'status', message: `is ${status}` }],
  );
}

export function planInvalid(issues: readonly PlanIssue[]): AppError {
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  const first =
    issues.slice(0, 3).map(formatPlanIssue).join('; ') + (issues.length > 3 ? '; …' : '');
  return new AppError(
    'validation',
    'plan_invalid',
    `The booth plan has ${count}, nothing was saved: ${first}`,
    issues.map((issue) => {
      const said = (language: Language) => {
        const text = planIssueText(issue, language);
        return issue.booth ? `${BOOTH[language]} ${shorten(issue.booth)}: ${text}` : text;
      };
      return {
        field: issue.field,
        message: issue.booth ? `booth ${shorten(issue.booth)}: ${issue.message}` : issue.message,
        ...(issue.line !== undefined ? { line: issue.line } : {}),
        code: issue.code,
        params: { ...issue.params, ...(issue.booth ? { booth: issue.booth } : {}) },
        texts: { vi: said('vi'), en: said('en') },
      };
    }),
    { issues },
  );
}

const BOOTH = { vi: 'gian', en: 'booth' } as const;
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export function codeTaken(what: string, code: string): AppError {
  return new AppError('conflict', 'code_taken', `${what} "${code}" already exists in this fair`, [
    { field: 'code', message: 'is taken' },
  ]);
}

export function inUse(what: string, message: string): AppError {
  return new AppError('conflict', 'in_use', `${what} ${message}`);
}
