import { RecordColumn, recordSet } from './record-set';

const COLUMNS: RecordColumn[] = [
  { name: 'key', type: 'text', perRow: true },
  { name: 'body', type: 'uuid' },
  { name: 'locale', type: 'text' },
  { name: 'due', type: 'timestamptz' },
  { name: 'data', type: 'jsonb' },
];
const BODY = '6f1c1f0e-8d4b-4c55-9d0e-2b8f6d1a7c30';

describe('recordSet', () => {
  it('sends what every row shares once, as parameters, and the rest as one JSON record set', () => {
    const due = new Date('2027-10-10T01:00:00Z');
    const set = recordSet(
      [
        { key: 'a', body: BODY, locale: 'vi', due, data: { name: 'Nguyễn Văn A' } },
        { key: 'b', body: BODY, locale: 'en', due: new Date(due), data: { name: 'Jane Doe' } },
      ],
      COLUMNS,
      2,
    );

    expect(set.select).toBe('m.key, $2::uuid, m.locale, $3::timestamptz, m.data');
    expect(set.from).toBe('jsonb_to_recordset($4::jsonb) AS m(key text, locale text, data jsonb)');
    expect(set.params.slice(0, 2)).toEqual([BODY, due]);
    expect(JSON.parse(set.params[2] as string)).toEqual([
      { key: 'a', locale: 'vi', data: { name: 'Nguyễn Văn A' } },
      { key: 'b', locale: 'en', data: { name: 'Jane Doe' } },
    ]);
  });

  it('keeps a per-row column per row even when there is a single row', () => {
    const set = recordSet(
      [{ key: 'a', body: null, locale: 'vi', due: null, data: {} }],
      COLUMNS,
      1,
    );

    expect(set.select).toBe('m.key, $1::uuid, $2::text, $3::timestamptz, $4::jsonb');
    expect(set.params).toEqual([null, 'vi', null, {}, '[{"key":"a"}]']);
  });

  it('treats a missing value as null, the same as an explicit null', () => {
    const set = recordSet([{ key: 'a' }, { key: 'b', body: null }], COLUMNS.slice(0, 2), 1);

    expect(set.select).toBe('m.key, $1::uuid');
    expect(set.params).toEqual([null, '[{"key":"a"},{"key":"b"}]']);
  });
});
