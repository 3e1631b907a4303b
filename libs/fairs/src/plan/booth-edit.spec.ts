import { generateGrid, validatePlan } from '../domain';
import { applyBoothEdit } from './booth-edit';

const row = () =>
  generateGrid({
    zone: 'lua',
    type: 'std',
    prefix: 'A-',
    rows: 1,
    columns: 3,
    origin: { x: 0, y: 0 },
  });
const find = (booths: ReturnType<typeof row>, code: string) => booths.find((b) => b.code === code)!;
const plan = (booths: ReturnType<typeof row>) => ({
  zones: [
    { code: 'lua', name: 'Lụa' },
    { code: 'gom', name: 'Gốm' },
  ],
  boothTypes: [{ code: 'std', name: 'Tiêu chuẩn' }],
  booths,
});

describe('applyBoothEdit', () => {
  it('renames a booth in its neighbours’ lists too', () => {
    const booths = row();
    applyBoothEdit(booths, find(booths, 'A-02'), { code: 'B-02' });
    expect(find(booths, 'A-01').neighbours).toEqual(['B-02']);
    expect(find(booths, 'A-03').neighbours).toEqual(['B-02']);
    expect(validatePlan(plan(booths))).toEqual([]);
  });

  it('mirrors a new neighbour list on both sides', () => {
    const booths = row();
    applyBoothEdit(booths, find(booths, 'A-01'), { neighbours: ['A-03', 'A-03'] });
    expect(find(booths, 'A-01').neighbours).toEqual(['A-03']);
    expect(find(booths, 'A-02').neighbours).toEqual(['A-03']);
    expect(find(booths, 'A-03').neighbours).toEqual(['A-02', 'A-01']);
    expect(validatePlan(plan(booths))).toEqual([]);
  });

  it('changes plain fields and leaves checking to the validator', () => {
    const booths = row();
    applyBoothEdit(booths, find(booths, 'A-03'), { zone: 'gom', blocked: true, x: 4 });
    expect(find(booths, 'A-03')).toMatchObject({ zone: 'gom', blocked: true, x: 4 });
    expect(validatePlan(plan(booths)).map((i) => i.field)).toEqual(['position']);
    applyBoothEdit(booths, find(booths, 'A-03'), { neighbours: ['Z-9'] });
    expect(validatePlan(plan(booths)).map((i) => i.message)).toContain('unknown neighbour Z-9');
  });

  it('changes only the fields an edit names, when the others are present as undefined', () => {
    const booths = row();
    const before = { ...find(booths, 'A-02') };
    const edit = { x: undefined, y: undefined, width: undefined, height: undefined, corner: true };
    applyBoothEdit(booths, find(booths, 'A-02'), { ...edit, zone: undefined, type: undefined });
    expect(find(booths, 'A-02')).toEqual({ ...before, corner: true });
    expect(validatePlan(plan(booths))).toEqual([]);
  });
});
