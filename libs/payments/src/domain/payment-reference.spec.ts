import { canonicalReference, findReferences, foldTransferText } from './payment-reference';

describe('payment references in transfer text', () => {
  it('folds accents, đ, case and punctuation', () => {
    expect(foldTransferText('Đặng Văn Ánh chuyển tiền, hc-3f2a')).toBe(
      'DANG VAN ANH CHUYEN TIEN HC 3F2A',
    );
  });

  it.each([
    'HC-3F2A9B10C4',
    'hc-3f2a9b10c4',
    'HC 3F2A9B10C4',
    'HC3F2A9B10C4',
    'hc 3f2a 9b10 c4',
    'HC.3F2A.9B10.C4',
    'MBVCB.123456.HC-3F2A9B10C4.Nguyễn Văn An chuyển khoản',
    'Thanh toán đặt cọc gian hàng – hc 3F2A9B10C4 – HTX Phú Vinh',
    'IBFT HC_3F2A9B10C4 ',
  ])('finds it in %j', (text) => {
    expect(findReferences(text)).toEqual(['HC-3F2A9B10C4']);
  });

  it('does not find a reference glued to other letters or cut short', () => {
    expect(findReferences('XHC3F2A9B10C4')).toEqual([]);
    expect(findReferences('HC-3F2A9B10C')).toEqual([]);
    expect(findReferences('HC-3F2A9B10C4X')).toEqual([]);
  });

  it('finds several, each once, and keeps only known ones when asked', () => {
    const text = 'HC-0000000001 va HC-0000000002, lai HC 0000000001';
    expect(findReferences(text)).toEqual(['HC-0000000001', 'HC-0000000002']);
    expect(findReferences(text, new Set(['HC-0000000002']))).toEqual(['HC-0000000002']);
  });

  it('canonicalises a typed reference, refusing other text', () => {
    expect(canonicalReference(' hc 3f2a9b10c4 ')).toBe('HC-3F2A9B10C4');
    expect(canonicalReference('pay HC-3F2A9B10C4')).toBeNull();
  });
});
