import { fitLines } from './svg-text.util';

describe('fitLines', () => {
  it('keeps short text whole', () => {
    expect(fitLines('Gốm Bát Tràng', 20, 2)).toEqual(['Gốm Bát Tràng']);
  });

  it('wraps on spaces and ends with an ellipsis when cut', () => {
    expect(fitLines('HTX Mây tre đan Phú Vinh Chương Mỹ', 10, 2)).toEqual(['HTX Mây', 'tre đan…']);
  });

  it('breaks a word longer than a line', () => {
    expect(fitLines('Khảmtraichuyênmỹ', 6, 3)).toEqual(['Khảmtr', 'aichuy', 'ênmỹ']);
  });

  it('counts an NFC Vietnamese letter as one character', () => {
    expect(fitLines('Đặng', 4, 1)).toEqual(['Đặng']);
  });

  it('returns nothing when there is no room', () => {
    expect(fitLines('Lụa Vạn Phúc', 0, 2)).toEqual([]);
    expect(fitLines('Lụa Vạn Phúc', 10, 0)).toEqual([]);
  });
});
