import { FieldIssue } from '@hoicho/platform';
import { localToInstant } from '@hoicho/platform/domain';

export interface FairDayInput {
  date: string;
  opens: string;
  closes: string;
}

export interface FairDates {
  days: readonly FairDayInput[];
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  withdrawalDeadline: Date | null;
}

/**
 * The calendar of a fair must make sense: each day opens before it closes and appears once,
 * the application window closes after it opens and before the fair's first day opens, and a
 * withdrawal deadline (when set) lies between the window's opening and the first day.
 */
export function checkFairDates(dates: FairDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  dates.days.forEach((day, i) => {
    if (day.opens >= day.closes) {
      issues.push({ field: `days.${i}.closes`, message: `must be after opens (${day.opens})` });
    }
    const earlier = seen.get(day.date);
    if (earlier !== undefined) {
      issues.push({ field: `days.${i}.date`, message: `${day.date} is already days.${earlier}` });
    } else {
      seen.set(day.date, i);
    }
  });
  const first = [...dates.days].sort((a, b) => a.date.localeCompare(b.date))[0];
  const opening = first ? localToInstant(first.date, first.opens) : undefined;
  const openingText = first ? `${first.date} ${first.opens}` : '';

  if (dates.applicationsCloseAt <= dates.applicationsOpenAt) {
    issues.push({ field: 'applicationsCloseAt', message: 'must be after applicationsOpenAt' });
  } else if (opening && dates.applicationsCloseAt > opening) {
    issues.push({
      field: 'applicationsCloseAt',
      message: `must be before the fair opens (${openingText})`,
    });
  }
  const deadline = dates.withdrawalDeadline;
  if (deadline && opening && deadline > opening) {
    issues.push({
      field: 'withdrawalDeadline',
      message: `must be before the fair opens (${openingText})`,
    });
  } else if (deadline && deadline < dates.applicationsOpenAt) {
    issues.push({ field: 'withdrawalDeadline', message: 'must be after applicationsOpenAt' });
  }
  return issues;
}
