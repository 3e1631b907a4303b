import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@web/api/api-error';
import { emptyValues, errorOf, explainIssues, toBody } from './application-values';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

describe('toBody', () => {
  it('sends the form as the API takes it: a number, no empty note, no programme as null', () => {
    const values = { ...emptyValues(), boothsWanted: '3', boothTypes: ['tieu-chuan'] };
    values.needs = { power: true, water: false, note: '   ' };
    expect(toBody(values)).toEqual({
      boothsWanted: 3,
      boothTypes: ['tieu-chuan'],
      zones: [],
      wantsCorner: false,
      nearProducerIds: [],
      productIds: [],
      needs: { power: true, water: false },
      supportProgrammeId: null,
    });
  });

  it('keeps a trimmed note and the programme claimed', () => {
    const values = { ...emptyValues(), supportProgrammeId: 'p-1' };
    values.needs = { power: false, water: true, note: ' Cần ổ 3 pha ' };
    expect(toBody(values)).toMatchObject({
      needs: { power: false, water: true, note: 'Cần ổ 3 pha' },
      supportProgrammeId: 'p-1',
    });
  });
});

describe('errorOf', () => {
  it('finds a field’s own error, else the first of its items', () => {
    expect(errorOf({ zones: 'a', 'zones.1': 'b' }, 'zones')).toBe('a');
    expect(errorOf({ 'productIds.2': 'gone' }, 'productIds')).toBe('gone');
    expect(errorOf({ 'productIds.2': 'gone' }, 'zones')).toBeUndefined();
  });
});

describe('explainIssues', () => {
  it('tells the wishes checked against the fair and the catalogue in the screen’s words', () => {
    const error = new ApiError(400, 'application_invalid', 'The application names…', [
      { field: 'productIds.0', message: 'is not in the producer’s catalogue' },
      { field: 'boothsWanted', message: 'must not be greater than 20' },
    ]);
    const explained = explainIssues(error, t) as ApiError;
    expect(explained.message).toBe('«producerApplications.issues.summary»');
    expect(explained.fieldErrors()).toEqual({
      'productIds.0': '«producerApplications.issues.productIds»',
      boothsWanted: 'must not be greater than 20',
    });
  });

  it('passes any other error as it came', () => {
    const closed = new ApiError(409, 'applications_closed', 'Đã hết hạn nộp hồ sơ');
    expect(explainIssues(closed, t)).toBe(closed);
    const shape = new ApiError(400, 'validation_failed', 'x', [{ field: 'zones.0', message: 'y' }]);
    expect(explainIssues(shape, t)).toBe(shape);
  });
});
