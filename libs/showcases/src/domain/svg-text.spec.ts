import { wrapText } from './svg-text';

describe('svg text', () => {
  it('wraps on words and ends overflowing text with an ellipsis', () => {
    expect(wrapText('Bình hút lộc', 10, 2)).toEqual(['Bình hút', 'lộc']);
    expect(wrapText('Bình hút lộc men rạn', 10, 2)).toEqual(['Bình hút', 'lộc men…']);
    expect(wrapText('aaa bbb ccc ddd', 7, 1)).toEqual(['aaa…']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
  });
});
