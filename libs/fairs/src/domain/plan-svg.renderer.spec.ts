import { generateGrid } from './plan-grid.generator';
import { BoothPlan } from './plan.types';
import { BoothAssignment, renderPlanSvg } from './plan-svg.renderer';

const plan: BoothPlan = {
  zones: [
    { code: 'MTD', name: 'Mây tre đan', colour: '#ffe0a0' },
    { code: 'GOM', name: 'Gốm & sứ' },
  ],
  boothTypes: [{ code: 'standard', name: 'Tiêu chuẩn' }],
  booths: [
    ...generateGrid({
      zone: 'MTD',
      type: 'standard',
      prefix: 'A-',
      rows: 1,
      columns: 3,
      origin: { x: 0, y: 0 },
    }),
    ...generateGrid({
      zone: 'GOM',
      type: 'standard',
      prefix: 'B-',
      rows: 1,
      columns: 2,
      origin: { x: 0, y: 6 },
    }),
  ],
};
plan.booths[4].blocked = true;

describe('renderPlanSvg', () => {
  it('produces a standalone SVG document sized to the plan', () => {
    const svg = renderPlanSvg(plan, { title: 'Hội chợ làng nghề Hà Nội 2025' });
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // 9 m wide at 40 px/m plus margins; the title adds a band on top.
    expect(svg).toMatch(/width="400"/);
    expect(svg).toContain('<title>Hội chợ làng nghề Hà Nội 2025</title>');
    expect(svg.match(/<g class="booth( blocked)?">/g)).toHaveLength(5);
  });

  it('colours booths by zone, using the zone colour when it is a valid hex', () => {
    const svg = renderPlanSvg(plan);
    expect(svg).toContain('width="120" height="120" fill="#ffe0a0"');
    expect(svg).toContain('MTD — Mây tre đan');
    expect(svg).toContain('GOM — Gốm &amp; sứ');
  });

  it('hatches blocked booths grey and marks corners', () => {
    const svg = renderPlanSvg(plan);
    expect(svg).toContain('<g class="booth blocked">');
    expect(svg).toMatch(/<g class="booth blocked">.*fill="#d9d9d9".*fill="url\(#hatch\)"/);
    expect(svg).toContain('Gian góc / Corner booth');
    expect(svg.match(/<path d="M\d/g)?.length).toBeGreaterThanOrEqual(4); // B-01, B-02 + legend
  });

  it('shows escaped, truncated labels and colours booths by the supplied key', () => {
    const assignments = new Map<string, BoothAssignment>([
      [
        'A-01',
        {
          label: 'HTX <Mây> tre đan "Phú Vinh" & các hộ thành viên Chương Mỹ',
          colourKey: 'Phú Vinh',
        },
      ],
      ['A-02', { label: 'Gốm Bát Tràng', colourKey: 'Bát Tràng' }],
    ]);
    const svg = renderPlanSvg(plan, { assignments });
    expect(svg).not.toContain('<Mây>');
    expect(svg).toContain(
      'HTX &lt;Mây&gt; tre đan &quot;Phú Vinh&quot; &amp; các hộ thành viên Chương Mỹ</title>',
    );
    expect(svg).toMatch(/>[^<]*…<\/text>/);
    // Keys are sorted the Vietnamese way and coloured after the zones.
    expect(svg.indexOf('>Bát Tràng</text>')).toBeLessThan(svg.indexOf('>Phú Vinh</text>'));
    const fillOf = (code: string) =>
      new RegExp(`<title>${code}[^<]*</title><rect[^>]*fill="([^"]+)"`).exec(svg)?.[1];
    expect(fillOf('A-01')).not.toBe('#ffe0a0');
    expect(fillOf('A-01')).not.toBe(fillOf('A-02'));
    expect(fillOf('A-03')).toBe('#ffe0a0');
  });

  it('renders an empty plan with just its legend', () => {
    const svg = renderPlanSvg({ ...plan, booths: [] });
    expect(svg).toContain('<g class="booths"></g>');
    expect(svg).toContain('Không cho thuê / Blocked');
  });
});
