import { BlockEnumerator } from './connected-blocks';
import { buildModel } from './model';
import { validateInstance } from './validate-instance';
import type { BoothInput } from './instance.types';

function gridModel(rows: number, cols: number) {
  const id = (r: number, c: number) => `G${r}-${c}`;
  const booths: BoothInput[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      booths.push({
        id: id(r, c),
        zone: 'z',
        type: 't',
        neighbours: [
          c > 0 ? id(r, c - 1) : '',
          c < cols - 1 ? id(r, c + 1) : '',
          r > 0 ? id(r - 1, c) : '',
          r < rows - 1 ? id(r + 1, c) : '',
        ].filter(Boolean),
      });
  return buildModel(validateInstance({ booths, requests: [] }));
}

function countBlocks(rows: number, cols: number, size: number): number {
  const model = gridModel(rows, cols);
  const e = new BlockEnumerator(model);
  const seen = new Set<string>();
  let count = 0;
  for (let a = 0; a < model.nB; a++) {
    e.forEach(
      a,
      size,
      () => true,
      (block) => {
        const key = Array.from(block)
          .sort((x, y) => x - y)
          .join(',');
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        count++;
        return true;
      },
    );
  }
  return count;
}

describe('BlockEnumerator', () => {
  it('lists each connected block once (polyomino counts on small grids)', () => {
    expect(countBlocks(1, 5, 2)).toBe(4);
    expect(countBlocks(2, 2, 3)).toBe(4);
    expect(countBlocks(2, 3, 2)).toBe(7);
    expect(countBlocks(2, 3, 3)).toBe(10);
    expect(countBlocks(3, 3, 4)).toBe(36);
  });

  it('without minAnchor, lists every block containing the anchor', () => {
    const model = gridModel(3, 3);
    const e = new BlockEnumerator(model);
    let n = 0;
    e.forEach(
      4,
      2,
      () => true,
      () => (n++, true),
      { minAnchor: false },
    );
    expect(n).toBe(4);
  });

  it('respects the booth filter and the cap', () => {
    const model = gridModel(1, 6);
    const e = new BlockEnumerator(model);
    const blocks: number[][] = [];
    e.forEach(
      0,
      3,
      (b) => b !== 2,
      (bl) => (blocks.push(Array.from(bl)), true),
    );
    expect(blocks).toEqual([]);
    let n = 0;
    expect(
      e.forEach(
        2,
        2,
        () => true,
        () => (n++, true),
        { minAnchor: false, cap: 1 },
      ),
    ).toBe(1);
    expect(n).toBe(1);
  });
});
