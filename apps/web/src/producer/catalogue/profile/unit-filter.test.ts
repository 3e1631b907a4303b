import { describe, expect, it } from 'vitest';
import { fold, unitFilter } from './unit-filter';

const communes = [
  { value: '10030', label: 'Xã Phú Nghĩa' },
  { value: '00577', label: 'Xã Bát Tràng' },
  { value: '09552', label: 'Phường Hà Đông' },
];
const labels = (search: string) =>
  unitFilter({ options: communes, search, limit: 100 }).map((o) => ('label' in o ? o.label : ''));

describe('unitFilter', () => {
  it('folds tone marks and đ', () => {
    expect(fold('Phường Hà Đông')).toBe('phuong ha dong');
  });

  it('finds a commune typed without tone marks, word by word', () => {
    expect(labels('phu nghia')).toEqual(['Xã Phú Nghĩa']);
    expect(labels('dong ha')).toEqual(['Phường Hà Đông']);
    expect(labels('Xã')).toEqual(['Xã Phú Nghĩa', 'Xã Bát Tràng']);
    expect(labels('')).toHaveLength(3);
  });
});
