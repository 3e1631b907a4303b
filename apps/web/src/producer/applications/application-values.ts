import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '@web/api/api-error';
import type { Application, ApplicationBody } from './applications-api';
import { textOf } from './name-in';

/** The form's values, shaped like the API's body so its field errors land on the same paths. */
export interface ApplicationValues {
  [key: string]: unknown;
  boothsWanted: number | string;
  boothTypes: string[];
  zones: string[];
  wantsCorner: boolean;
  nearProducerIds: string[];
  productIds: string[];
  needs: { power: boolean; water: boolean; note: string };
  /** '' when no programme is claimed. */
  supportProgrammeId: string;
}

export const emptyValues = (): ApplicationValues => ({
  boothsWanted: 1,
  boothTypes: [],
  zones: [],
  wantsCorner: false,
  nearProducerIds: [],
  productIds: [],
  needs: { power: false, water: false, note: '' },
  supportProgrammeId: '',
});

/** A saved draft back into the form. */
export const valuesOf = (app: Application): ApplicationValues => ({
  boothsWanted: app.boothsWanted,
  boothTypes: [...app.boothTypes],
  zones: [...app.zones],
  wantsCorner: app.wantsCorner,
  nearProducerIds: [...app.nearProducerIds],
  productIds: [...app.productIds],
  needs: {
    power: app.needs.power,
    water: app.needs.water,
    note: textOf(app.needs.note) ?? '',
  },
  supportProgrammeId: textOf(app.supportProgrammeId) ?? '',
});

export function toBody(values: ApplicationValues): ApplicationBody {
  const note = values.needs.note.trim();
  return {
    boothsWanted: Number(values.boothsWanted),
    boothTypes: values.boothTypes,
    zones: values.zones,
    wantsCorner: values.wantsCorner,
    nearProducerIds: values.nearProducerIds,
    productIds: values.productIds,
    needs: { power: values.needs.power, water: values.needs.water, ...(note ? { note } : {}) },
    supportProgrammeId: values.supportProgrammeId || null,
  } as ApplicationBody;
}

/** The client's checks, the same bounds as the API's DTO. */
export const validateValues = (t: TFunction) => ({
  boothsWanted: (value: number | string) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= 20
      ? null
      : t('producerApplications.form.boothsWantedRange');
  },
  boothTypes: (value: string[]) =>
    value.length ? null : t('producerApplications.form.firstTypeRequired'),
});

/** The first error of a field or of any of its items (`zones` or `zones.1`). */
export function errorOf(errors: Record<string, unknown>, field: string): string | undefined {
  const own = errors[field];
  if (own) return String(own);
  const item = Object.entries(errors).find(([key]) => key.startsWith(`${field}.`));
  return item ? String(item[1]) : undefined;
}

const CROSS_CHECKED = [
  'boothTypes',
  'zones',
  'nearProducerIds',
  'productIds',
  'supportProgrammeId',
] as const;

/**
 * The wishes the API checks against the fair and the catalogue (`application_invalid`: a zone
 * gone, a product deleted meanwhile) told in this screen's words and language; any other error
 * passes as it came.
 */
export function explainIssues(error: unknown, t: TFunction): unknown {
  if (!isApiError(error) || error.code !== 'application_invalid') return error;
  const fields = error.fields.map((issue) => {
    const root = CROSS_CHECKED.find((f) => issue.field === f || issue.field.startsWith(`${f}.`));
    return root ? { ...issue, message: t(`producerApplications.issues.${root}`) } : issue;
  });
  return new ApiError(
    error.status,
    error.code,
    t('producerApplications.issues.summary'),
    fields,
    error.details,
  );
}
