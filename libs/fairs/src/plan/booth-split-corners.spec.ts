import { Booth } from '../domain';
import { splitBooth } from './booth-shape';

const TYPE = { widthM: 3, depthM: 3 };
const booth = (code: string, x: number, fields: Partial<Booth> = {}): Booth => ({
  code,
  zone: 'gom',
  type: 'std',
  x,
  y: 0,
  width: 3,
  height: 3,
  corner: false,
  blocked: false,
  neighbours: [],
  ...fields,
});

describe('splitting a corner booth derives the halves’ corners again', () => {
  it('leaves the corner on the half at the open end of the row only', () => {
    // A-01 (double, corner) at the row's left end, A-02 against its right wall.
    const a1 = booth('A-01', 0, { width: 6, corner: true, neighbours: ['A-02'] });
    const a2 = booth('A-02', 6, { neighbours: ['A-01'] });
    const [left, right] = splitBooth(a1, TYPE, new Set(['A-01', 'A-02']), [a1, a2])!;
    expect([left.code, left.corner]).toEqual(['A-01', true]);
    expect([right.code, right.corner]).toEqual(['A-01B', false]);
  });

  it('gives the corner to the right half when the open end is on the right', () => {
    const a1 = booth('A-01', 0, { neighbours: ['A-02'] });
    const a2 = booth('A-02', 3, { width: 6, corner: true, neighbours: ['A-01'] });
    const [left, right] = splitBooth(a2, TYPE, new Set(['A-01', 'A-02']), [a1, a2])!;
    expect([left.corner, right.corner]).toEqual([false, true]);
  });

  it('keeps both halves corners when the booth stood alone (both ends open)', () => {
    const alone = booth('K-01', 0, { width: 6, corner: true });
    const halves = splitBooth(alone, TYPE, new Set(['K-01']), [alone])!;
    expect(halves.map((h) => h.corner)).toEqual([true, true]);
  });

  it('splits down a column the same way', () => {
    const top = booth('C-01', 0, { height: 6, corner: true, neighbours: ['C-02'] });
    const below = booth('C-02', 0, { y: 6, neighbours: ['C-01'] });
    const halves = splitBooth(top, TYPE, new Set(['C-01', 'C-02']), [top, below])!;
    expect(halves.map((h) => h.corner)).toEqual([true, false]);
  });

  it('never makes a corner of a booth that was none', () => {
    const plain = booth('D-01', 0, { width: 6 });
    expect(splitBooth(plain, TYPE, new Set(['D-01']), [plain])!.map((h) => h.corner)).toEqual([
      false,
      false,
    ]);
  });

  it('keeps the flag on one half, not both, when both ends are walled in', () => {
    const l = booth('E-01', 0);
    const m = booth('E-02', 3, { width: 6, corner: true });
    const r = booth('E-03', 9);
    expect(
      splitBooth(m, TYPE, new Set(['E-01', 'E-02', 'E-03']), [l, m, r])!.map((h) => h.corner),
    ).toEqual([true, false]);
  });
});
