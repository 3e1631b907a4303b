import { numberToVietnameseWords as words, vndInWords } from './number-words';

describe('numberToVietnameseWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [91, 'chín mươi mốt'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1021, 'một nghìn không trăm hai mươi mốt'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [250_000, 'hai trăm năm mươi nghìn'],
    [1_000_000, 'một triệu'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_250_000, 'một triệu hai trăm năm mươi nghìn'],
    [4_500_000, 'bốn triệu năm trăm nghìn'],
    [12_000_000, 'mười hai triệu'],
    [24_000_000, 'hai mươi tư triệu'],
    [81_000_000, 'tám mươi mốt triệu'],
    [1_000_000_000, 'một tỷ'],
    [1_000_000_001, 'một tỷ không trăm linh một'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
  ])('%d → %s', (n, expected) => {
    expect(words(n)).toBe(expected);
  });

  it('says lẻ instead of linh when asked (southern usage)', () => {
    expect(words(105, { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm');
  });

  it('takes bigint and digit strings (money is bigint đồng)', () => {
    expect(words(123_456_789n)).toBe(
      'một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín',
    );
    expect(words('9007199254740993')).toBe(
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba',
    );
  });

  it('refuses a negative amount', () => {
    expect(() => words(-1)).toThrow(RangeError);
  });
});

describe('vndInWords', () => {
  it('capitalises and adds the currency, as a receipt prints it', () => {
    expect(vndInWords(1_250_000)).toBe('Một triệu hai trăm năm mươi nghìn đồng');
    expect(vndInWords(0)).toBe('Không đồng');
  });
});
