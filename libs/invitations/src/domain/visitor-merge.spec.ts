import type { Visitor } from './visitor';
import { mergeVisitor } from './visitor-merge';

const stored: Visitor = {
  email: 'an@x.vn',
  name: 'Nguyễn Văn An',
  organisation: 'HTX Phú Vinh',
  phone: '0912345678',
  language: 'vi',
  segment: 'buyer',
  tags: ['mây tre', 'VIP 2024'],
  consent: true,
};

describe('mergeVisitor', () => {
  it('lets stated incoming values win and never erases with empty cells', () => {
    const incoming: Visitor = {
      email: 'an@x.vn',
      name: 'Nguyễn Văn An',
      organisation: '',
      phone: undefined,
      country: 'VN',
      segment: 'press',
      tags: ['Mây Tre', 'gốm'],
    };
    expect(mergeVisitor(stored, incoming)).toEqual({
      visitor: { ...stored, country: 'VN', segment: 'press', tags: ['mây tre', 'VIP 2024', 'gốm'] },
      changed: ['country', 'segment', 'tags'],
    });
  });

  it('withdraws consent when a newer list says no', () => {
    const { visitor, changed } = mergeVisitor(stored, { ...stored, tags: [], consent: false });
    expect(visitor.consent).toBe(false);
    expect(changed).toEqual(['consent']);
  });

  it('reports nothing changed for the same row seen twice', () => {
    expect(mergeVisitor(stored, { ...stored }).changed).toEqual([]);
  });
});
