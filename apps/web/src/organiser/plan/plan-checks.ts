import { validatePlan } from '@plan-rules/plan-validator';
import type { PlanIssue } from '@plan-rules/plan-validation.error';
import type { BoothChange, Plan } from './plan-api';

/**
 * The plan checked as the API will check it (the fairs library's own validator), with one
 * booth's pending change applied: an edit shows its faults before it is saved.
 */
export function issuesWith(plan: Plan, code: string | null, change: BoothChange): PlanIssue[] {
  const booths = plan.booths.map((b) => (b.code === code ? { ...b, ...change } : b));
  const issues = validatePlan({
    zones: plan.zones.map((z) => ({ code: z.code, name: z.nameVi })),
    boothTypes: plan.boothTypes.map((t) => ({ code: t.code, name: t.nameVi })),
    booths: booths.map((b) => ({ ...b, neighbours: [...b.neighbours] })),
  });
  if (code === null) return issues;
  const name = change.code ?? code;
  const named = new RegExp(`(^|[^\\p{L}\\p{N}._/-])${escape(name)}($|[^\\p{L}\\p{N}._/-])`, 'u');
  return issues.filter((i) => i.booth === name || named.test(i.message));
}

// Booth codes hold only letters, digits and . _ / -; of those only the dot is special.
const escape = (text: string) => text.replace(/\./g, '\\.');
