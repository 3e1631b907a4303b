import { LINE_ERROR_CODES, parseStatement } from '../domain';
import { LINE_ERROR_TEXTS, wordedLineError } from './statement-line-texts';

describe('statement line errors in words', () => {
  const parsed = parseStatement(
    [
      ['Ngày', 'Có', 'ND'],
      ['31/02/2027', '1.000.000', 'HC-0000000001'],
      ['05/08/2027', 'nhiều', 'HC-0000000001'],
    ],
    { date: 'Ngày', credit: 'Có', description: 'ND' },
  );
  if ('missing' in parsed) throw new Error('header not found');

  it('words each bad line in Vietnamese and English, keeping its code and the cell', () => {
    expect(parsed.errors.map((e) => wordedLineError(e, 'vi'))).toEqual([
      {
        line: 2,
        field: 'date',
        code: 'date_invalid',
        params: { value: '31/02/2027' },
        message: '“31/02/2027” không phải ngày (dd/MM/yyyy)',
      },
      {
        line: 3,
        field: 'credit',
        code: 'amount_invalid',
        params: { value: 'nhiều' },
        message: '“nhiều” không phải số tiền (đồng)',
      },
    ]);
    expect(parsed.errors.map((e) => wordedLineError(e, 'en').message)).toEqual([
      '“31/02/2027” is not a date (dd/MM/yyyy)',
      '“nhiều” is not an amount in đồng',
    ]);
  });

  it('has both languages for every code', () => {
    for (const code of LINE_ERROR_CODES)
      expect(Object.keys(LINE_ERROR_TEXTS[code])).toEqual(['vi', 'en']);
  });
});
