import { AppError } from '@hoicho/platform';
import { readPlanSource } from './plan-import.source';

describe('readPlanSource', () => {
  const csv = Buffer.from('code;zone\n');

  it('reads a text/csv body as CSV bytes, whatever its charset parameter', () => {
    expect(readPlanSource('text/csv; charset=utf-8', csv, undefined)).toEqual({
      format: 'csv',
      data: csv,
    });
    expect(readPlanSource('text/plain', csv, undefined).format).toBe('csv');
  });

  it('reads an empty CSV body as an empty file, for the parser to report', () => {
    expect(readPlanSource('text/csv', {}, undefined)).toEqual({
      format: 'csv',
      data: Buffer.alloc(0),
    });
  });

  it('re-serialises a parsed JSON body', () => {
    expect(readPlanSource('application/json', { booths: [] }, undefined)).toEqual({
      format: 'json',
      data: '{"booths":[]}',
    });
  });

  it('tells JSON and CSV uploads apart by name or type', () => {
    const file = (originalname: string, mimetype: string) => ({
      buffer: csv,
      originalname,
      mimetype,
    });
    expect(
      readPlanSource(
        'multipart/form-data; boundary=x',
        {},
        file('plan.JSON', 'application/octet-stream'),
      ).format,
    ).toBe('json');
    expect(
      readPlanSource('multipart/form-data; boundary=x', {}, file('plan', 'application/json'))
        .format,
    ).toBe('json');
    expect(
      readPlanSource('multipart/form-data; boundary=x', {}, file('so-do.csv', 'text/csv')).format,
    ).toBe('csv');
  });

  it('names the missing file or the unsupported content type', () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as AppError).fields[0].field;
      }
    };
    expect(fieldOf(() => readPlanSource('multipart/form-data', {}, undefined))).toBe('file');
    expect(fieldOf(() => readPlanSource('application/xml', '<x/>', undefined))).toBe(
      'content-type',
    );
    expect(fieldOf(() => readPlanSource(undefined, undefined, undefined))).toBe('content-type');
  });
});
