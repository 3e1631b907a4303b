import type { Fair } from './fairs-api';

/** The fair form's values: dates and times as the browser's inputs give them. */
export interface FairFormValues extends Record<string, unknown> {
  nameVi: string;
  nameEn: string;
  venueName: string;
  venueAddress: string;
  days: { date: string; opens: string; closes: string }[];
  /** Hà Nội wall clock, `2026-08-01T08:00`, as the API takes it. */
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  withdrawalDeadline: string;
}

export const emptyFair = (): FairFormValues => ({
  nameVi: '',
  nameEn: '',
  venueName: '',
  venueAddress: '',
  days: [{ date: '', opens: '08:00', closes: '21:00' }],
  applicationsOpenAt: '',
  applicationsCloseAt: '',
  withdrawalDeadline: '',
});

/** What the API takes to create or change a fair (every field sent: an edit replaces all). */
export interface FairBody {
  nameVi: string;
  nameEn: string | null;
  venueName: string;
  venueAddress: string;
  days: { date: string; opens: string; closes: string }[];
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  withdrawalDeadline: string | null;
}

// The API answers `2026-08-01T08:00:00+07:00`: the first 16 characters are Hà Nội wall clock.
const wallClock = (instant: unknown) => (typeof instant === 'string' ? instant.slice(0, 16) : '');

export const fairValues = (fair: Fair): FairFormValues => ({
  nameVi: fair.nameVi,
  nameEn: typeof fair.nameEn === 'string' ? fair.nameEn : '',
  venueName: fair.venueName,
  venueAddress: fair.venueAddress,
  days: fair.days.map((d) => ({ date: d.date, opens: d.opens, closes: d.closes })),
  applicationsOpenAt: wallClock(fair.applicationsOpenAt),
  applicationsCloseAt: wallClock(fair.applicationsCloseAt),
  withdrawalDeadline: wallClock(fair.withdrawalDeadline),
});

/** The request body: an empty English name or withdrawal deadline is "none". */
export const fairInput = (values: FairFormValues): FairBody => ({
  nameVi: values.nameVi.trim(),
  nameEn: values.nameEn.trim() || null,
  venueName: values.venueName.trim(),
  venueAddress: values.venueAddress.trim(),
  days: values.days,
  applicationsOpenAt: values.applicationsOpenAt,
  applicationsCloseAt: values.applicationsCloseAt,
  withdrawalDeadline: values.withdrawalDeadline || null,
});

/** The API's own rules that can be checked before sending (it checks them again). */
export function fairFormErrors(values: FairFormValues): Partial<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (!values.nameVi.trim()) errors.nameVi = 'organiser.fairForm.required';
  if (!values.venueName.trim()) errors.venueName = 'organiser.fairForm.required';
  if (!values.venueAddress.trim()) errors.venueAddress = 'organiser.fairForm.required';
  values.days.forEach((day, i) => {
    if (!day.date) errors[`days.${i}.date`] = 'organiser.fairForm.required';
    if (day.opens && day.closes && day.closes <= day.opens) {
      errors[`days.${i}.closes`] = 'organiser.fairForm.closesAfterOpens';
    }
  });
  if (!values.applicationsOpenAt) errors.applicationsOpenAt = 'organiser.fairForm.required';
  if (!values.applicationsCloseAt) errors.applicationsCloseAt = 'organiser.fairForm.required';
  else if (values.applicationsOpenAt && values.applicationsCloseAt <= values.applicationsOpenAt) {
    errors.applicationsCloseAt = 'organiser.fairForm.closeAfterOpen';
  }
  return errors;
}
