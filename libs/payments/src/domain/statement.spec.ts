import { matchCredit, Payable } from './statement-match';
import { parseDay, parseStatement, parseVnd } from './statement-parse';

describe('statement parsing', () => {
  it('reads Vietnamese amounts and dates', () => {
    expect(parseVnd('1.250.000')).toBe(1_250_000n);
    expect(parseVnd('1,250,000.00')).toBe(1_250_000n);
    expect(parseVnd('1 250 000 VND')).toBe(1_250_000n);
    expect(parseVnd(6000000)).toBe(6_000_000n);
    expect(parseVnd('-500.000')).toBe(-500_000n);
    expect(parseVnd('12,5')).toBeNull();
    expect(parseVnd('abc')).toBeNull();
    expect(parseDay('05/08/2027 10:22:01')).toBe('2027-08-05');
    expect(parseDay('2027-08-05')).toBe('2027-08-05');
    expect(parseDay('31/02/2027')).toBeNull();
  });

  const rows = [
    ['SAO KÊ TÀI KHOẢN', null],
    ['Ngày GD', 'Số tham chiếu', 'Ghi nợ', 'Ghi có', 'Nội dung'],
    ['05/08/2027', 'FT1', '', '6.000.000', 'HC-0000000001 dat coc'],
    ['05/08/2027', 'FT2', '200.000', '', 'phi'],
    ['xx', 'FT3', '', '1.000', 'HC-0000000002'],
    ['06/08/2027', 'FT4', '', 'nhiều', 'HC-0000000002'],
    [],
  ];
  const mapping = {
    date: 'ngay gd',
    credit: 'Ghi có',
    description: 'NỘI DUNG',
    bankRef: 'Số tham chiếu',
  };

  it('finds the header below a title, keeps good lines and reports bad ones by line and field', () => {
    const parsed = parseStatement(rows, mapping);
    if ('missing' in parsed) throw new Error('header not found');
    expect(parsed.headerLine).toBe(2);
    expect(parsed.credits).toHaveLength(1);
    expect(parsed.credits[0]).toMatchObject({
      line: 3,
      amount: 6_000_000n,
      txKey: 'ref:FT1',
      bookedOn: '2027-08-05',
    });
    expect(parsed.errors).toEqual([
      { line: 5, field: 'date', code: 'date_invalid', params: { value: 'xx' } },
      { line: 6, field: 'credit', code: 'amount_invalid', params: { value: 'nhiều' } },
    ]);
    expect(parsed.skipped).toEqual([4, 7]);
  });

  it('names the mapped columns it could not find', () => {
    expect(parseStatement(rows, { ...mapping, description: 'Diễn giải' })).toEqual({
      missing: ['description'],
    });
  });

  it('without a bank reference, identical lines in one file get distinct, stable identities', () => {
    const same = [
      ['Ngày', 'Có', 'ND'],
      ['01/08/2027', '100', 'x'],
      ['01/08/2027', '100', 'x'],
    ];
    const m = { date: 'Ngày', credit: 'Có', description: 'ND' };
    const a = parseStatement(same, m);
    const b = parseStatement(same, m);
    if ('missing' in a || 'missing' in b) throw new Error();
    expect(a.credits[0].txKey).not.toBe(a.credits[1].txKey);
    expect(a.credits.map((c) => c.txKey)).toEqual(b.credits.map((c) => c.txKey));
  });
});

describe('matching a credit', () => {
  const payable = (paid: bigint): Payable => ({
    applicationId: 'a1',
    reference: 'HC-0000000001',
    deposit: 6_000_000n,
    amountDue: 12_000_000n,
    amountPaid: paid,
  });
  const book = (paid: bigint) => new Map([['HC-0000000001', payable(paid)]]);

  it.each([
    [0n, 6_000_000n, 'exact'],
    [0n, 12_000_000n, 'exact'],
    [6_000_000n, 6_000_000n, 'exact'],
    [0n, 5_000_000n, 'partial'],
    [0n, 7_000_000n, 'partial'],
    [6_000_000n, 7_000_000n, 'over_paid'],
  ] as const)('paid %s, receives %s → %s', (paid, amount, outcome) => {
    expect(matchCredit('ck hc 0000 0000 01', amount, book(paid)).outcome).toBe(outcome);
  });

  it('an unknown reference, none, or two different ones are unmatched', () => {
    expect(matchCredit('HC-0000000009', 1n, book(0n))).toMatchObject({
      outcome: 'unmatched',
      applicationId: null,
    });
    expect(matchCredit('tien gian hang', 1n, book(0n)).outcome).toBe('unmatched');
    const two = new Map([
      ...book(0n),
      ['HC-0000000002', { ...payable(0n), applicationId: 'a2', reference: 'HC-0000000002' }],
    ]);
    expect(matchCredit('HC-0000000001 HC-0000000002', 1n, two).outcome).toBe('unmatched');
  });
});
