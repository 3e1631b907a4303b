/** A problem with one field, named the way the API's validation errors name it. */
export interface ShowcaseDateIssue {
  field: 'startsOn' | 'endsOn';
  message: string;
}

/**
 * A showcase runs on the fair's days: from a day no earlier than the fair's first to one no
 * later than its last, ending no earlier than it starts. Dates are "YYYY-MM-DD" calendar days
 * in Hà Nội, so comparing the strings compares the days. A fair without days (which the fairs
 * library does not allow) bounds nothing.
 */
export function showcaseDateIssues(
  dates: { startsOn: string; endsOn: string },
  fairDays: readonly string[],
): ShowcaseDateIssue[] {
  const issues: ShowcaseDateIssue[] = [];
  if (fairDays.length > 0) {
    const first = fairDays.reduce((a, b) => (b < a ? b : a));
    const last = fairDays.reduce((a, b) => (b > a ? b : a));
    const message =
      first === last
        ? `must be the fair’s day, ${first}`
        : `must be within the fair’s days, ${first} to ${last}`;
    for (const field of ['startsOn', 'endsOn'] as const) {
      if (dates[field] < first || dates[field] > last) issues.push({ field, message });
    }
  }
  if (dates.endsOn < dates.startsOn && !issues.some((i) => i.field === 'endsOn')) {
    issues.push({ field: 'endsOn', message: 'must not be before startsOn' });
  }
  return issues;
}
