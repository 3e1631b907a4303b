import type { Fair } from './fairs-api';

/**
 * The fair form's values as people type them (WEB.md): dates dd/mm/yyyy, times 24 h HH:mm,
 * instants "dd/mm/yyyy HH:mm", all Hà Nội wall clock whatever the browser's own locale.
 */
export interface FairFormValues extends Record<string, unknown> {
  nameVi: string;
  nameEn: string;
  venueName: string;
  venueAddress: string;
  days: { date: string; opens: string; closes: string }[];
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  withdrawalDeadline: string;
}

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

export const emptyDay = () => ({ date: '', opens: '08:00', closes: '21:00' });

export const emptyFair = (): FairFormValues => ({
  nameVi: '',
  nameEn: '',
  venueName: '',
  venueAddress: '',
  days: [emptyDay()],
  applicationsOpenAt: '',
  applicationsCloseAt: '',
  withdrawalDeadline: '',
});

const DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 28/12/2026 → 2026-12-28; null when it is not a real calendar date. */
export function isoDay(day: string): string | null {
  const match = DAY.exec(day.trim());
  if (!match) return null;
  const [, dd, mm, yyyy] = match;
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  const iso = `${yyyy}-${mm}-${dd}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "01/08/2026 08:00" → "2026-08-01T08:00" (Hà Nội wall clock, as the API takes it). */
export function isoInstant(value: string): string | null {
  const [day, time, ...rest] = value.trim().split(/\s+/);
  const iso = day ? isoDay(day) : null;
  return iso && time && TIME.test(time) && rest.length === 0 ? `${iso}T${time}` : null;
}

const shownDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// The API answers `2026-08-01T08:00:00+07:00`: its first 16 characters are Hà Nội wall clock.
const shownInstant = (instant: unknown) =>
  typeof instant === 'string' ? `${shownDay(instant)} ${instant.slice(11, 16)}` : '';

export const fairValues = (fair: Fair): FairFormValues => ({
  nameVi: fair.nameVi,
  nameEn: typeof fair.nameEn === 'string' ? fair.nameEn : '',
  venueName: fair.venueName,
  venueAddress: fair.venueAddress,
  days: fair.days.map((d) => ({ date: shownDay(d.date), opens: d.opens, closes: d.closes })),
  applicationsOpenAt: shownInstant(fair.applicationsOpenAt),
  applicationsCloseAt: shownInstant(fair.applicationsCloseAt),
  withdrawalDeadline: shownInstant(fair.withdrawalDeadline),
});

/** The request body (values already checked); an empty English name or deadline is "none". */
export const fairInput = (values: FairFormValues): FairBody => ({
  nameVi: values.nameVi.trim(),
  nameEn: values.nameEn.trim() || null,
  venueName: values.venueName.trim(),
  venueAddress: values.venueAddress.trim(),
  days: values.days.map((d) => ({
    date: isoDay(d.date) ?? d.date,
    opens: d.opens.trim(),
    closes: d.closes.trim(),
  })),
  applicationsOpenAt: isoInstant(values.applicationsOpenAt) ?? values.applicationsOpenAt,
  applicationsCloseAt: isoInstant(values.applicationsCloseAt) ?? values.applicationsCloseAt,
  withdrawalDeadline: values.withdrawalDeadline.trim()
    ? (isoInstant(values.withdrawalDeadline) ?? values.withdrawalDeadline)
    : null,
});

const REQUIRED = 'organiser.fairForm.required';

/** The API's own rules that can be checked before sending (it checks them again); i18n keys. */
export function fairFormErrors(values: FairFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of ['nameVi', 'venueName', 'venueAddress'] as const) {
    if (!values[field].trim()) errors[field] = REQUIRED;
  }
  values.days.forEach((day, i) => {
    if (!day.date.trim()) errors[`days.${i}.date`] = REQUIRED;
    else if (!isoDay(day.date)) errors[`days.${i}.date`] = 'organiser.fairForm.dateFormat';
    if (!TIME.test(day.opens.trim())) errors[`days.${i}.opens`] = 'organiser.fairForm.timeFormat';
    if (!TIME.test(day.closes.trim())) {
      errors[`days.${i}.closes`] = 'organiser.fairForm.timeFormat';
    } else if (TIME.test(day.opens.trim()) && day.closes.trim() <= day.opens.trim()) {
      errors[`days.${i}.closes`] = 'organiser.fairForm.closesAfterOpens';
    }
  });
  const instant = (field: 'applicationsOpenAt' | 'applicationsCloseAt' | 'withdrawalDeadline') => {
    const value = values[field].trim();
    if (!value) {
      if (field !== 'withdrawalDeadline') errors[field] = REQUIRED;
      return null;
    }
    const iso = isoInstant(value);
    if (!iso) errors[field] = 'organiser.fairForm.instantFormat';
    return iso;
  };
  const opens = instant('applicationsOpenAt');
  const closes = instant('applicationsCloseAt');
  instant('withdrawalDeadline');
  if (opens && closes && closes <= opens) {
    errors.applicationsCloseAt = 'organiser.fairForm.closeAfterOpen';
  }
  return errors;
}
