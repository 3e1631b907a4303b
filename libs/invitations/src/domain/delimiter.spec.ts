import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it('reads the header line only', () => {
    expect(detectDelimiter('Họ tên;Email;SĐT\nAn, Bình;a@x.vn;09')).toBe(';');
    expect(detectDelimiter('Name,Email,Phone\r\na;b;c;d;e')).toBe(',');
    expect(detectDelimiter('Name\tEmail\tPhone\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"Tên, họ";"Email, chính";Phone\n')).toBe(';');
  });

  it('falls back to comma for a single column or a tie', () => {
    expect(detectDelimiter('Email\n')).toBe(',');
    expect(detectDelimiter('a,b;c\n')).toBe(',');
  });
});
