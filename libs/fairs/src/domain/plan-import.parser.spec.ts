import { parsePlanCsv, parsePlanJson } from './plan-import.parser';
import { PlanIssue, PlanValidationError } from './plan-validation.error';

const reference = {
  zones: [
    { code: 'MTD', name: 'Mây tre đan' },
    { code: 'GOM', name: 'Gốm sứ' },
  ],
  boothTypes: [
    { code: 'standard', name: 'Gian tiêu chuẩn' },
    { code: 'premium', name: 'Gian góc' },
  ],
};

function issuesOf(run: () => unknown): PlanIssue[] {
  try {
    run();
  } catch (error) {
    // Codes and params are checked in plan/plan-issue-texts.spec.ts; here, the sentences.
    if (error instanceof PlanValidationError)
      return error.issues.map(({ code: _code, params: _params, ...rest }) => rest as PlanIssue);
    throw error;
  }
  throw new Error('expected a PlanValidationError');
}

describe('parsePlanCsv', () => {
  it('reads an Excel-style file: BOM, semicolons, CRLF, decimal commas, Vietnamese yes/no', () => {
    const csv =
      '\uFEFFcode;zone;type;x;y;width;height;corner;blocked;neighbours\r\n' +
      'a-01;mtd;standard;0;0;3;3;có;;A-02\r\n' +
      'A-02;MTD;Standard;3;0;3;3;0;không;A-01 A-03\r\n' +
      ';;;;;;;;;\r\n' +
      'A-03;MTD;premium;6;0;1,5;3;1;x;A-02\r\n';
    const plan = parsePlanCsv(csv, reference);
    expect(plan.booths).toEqual([
      {
        code: 'A-01',
        zone: 'MTD',
        type: 'standard',
        x: 0,
        y: 0,
        width: 3,
        height: 3,
        corner: true,
        blocked: false,
        neighbours: ['A-02'],
      },
      {
        code: 'A-02',
        zone: 'MTD',
        type: 'standard',
        x: 3,
        y: 0,
        width: 3,
        height: 3,
        corner: false,
        blocked: false,
        neighbours: ['A-01', 'A-03'],
      },
      {
        code: 'A-03',
        zone: 'MTD',
        type: 'premium',
        x: 6,
        y: 0,
        width: 1.5,
        height: 3,
        corner: true,
        blocked: true,
        neighbours: ['A-02'],
      },
    ]);
    expect(plan.zones).toBe(reference.zones);
  });

  it('reads comma-delimited bytes with a BOM, columns in any order, optional columns left out', () => {
    const csv = '\uFEFFzone,code,x,y,width,height,type\nGOM,G-01,0,0,3,3,standard\n';
    const plan = parsePlanCsv(new TextEncoder().encode(csv), reference);
    expect(plan.booths[0]).toMatchObject({
      code: 'G-01',
      zone: 'GOM',
      corner: false,
      neighbours: [],
    });
  });

  it('names the physical line and field of every bad row, across blank and multi-line rows', () => {
    const csv = [
      'code,zone,type,x,y,width,height,neighbours',
      'A-01,MTD,standard,0,0,3,3,"A-02',
      'A-03"', // a quoted cell running over two lines
      '',
      'A-02,MTD,standard,abc,0,3,3,A-01',
      'A-03,MTD,standard,6,0,3,,A-01',
      'A-04,XYZ,standard,9,0,3,3,',
    ].join('\n');
    expect(issuesOf(() => parsePlanCsv(csv, reference))).toEqual([
      // A-01 names, whose rows failed: they are not reported again as unknown.
      { line: 5, booth: 'A-02', field: 'x', message: '"abc" is not a number' },
      { line: 6, booth: 'A-03', field: 'height', message: 'is required' },
      { line: 7, booth: 'A-04', field: 'zone', message: 'unknown zone "XYZ"' },
    ]);
  });

  it('reports duplicate codes and neighbour pairs naming both booths and lines', () => {
    const csv = [
      'code;zone;type;x;y;width;height;neighbours',
      'A-01;MTD;standard;0;0;3;3;A-02',
      'A-02;MTD;standard;3;0;3;3;',
      'A-01;MTD;standard;9;0;3;3;',
    ].join('\n');
    expect(issuesOf(() => parsePlanCsv(csv, reference))).toEqual([
      {
        line: 2,
        booth: 'A-01',
        field: 'neighbours',
        message: 'A-01 lists A-02 as a neighbour but A-02 (line 3) does not list A-01',
      },
      {
        line: 4,
        booth: 'A-01',
        field: 'code',
        message: 'duplicate booth code, already used by A-01 (line 2)',
      },
    ]);
  });

  it('ignores the empty columns a spreadsheet leaves at the end of each line', () => {
    const csv = 'code;zone;type;x;y;width;height;;\nA-01;MTD;standard;0;0;3;3;;\n';
    expect(parsePlanCsv(csv, reference).booths).toHaveLength(1);
  });

  it('stops at a bad header, naming unknown and missing columns', () => {
    const csv = 'code,zone,,type,x,y,width,neigbours\nA-01,MTD,,standard,0,0,3,\n';
    expect(issuesOf(() => parsePlanCsv(csv, reference))).toEqual([
      { line: 1, field: 'column 3', message: 'column has no name' },
      { line: 1, field: 'neigbours', message: expect.stringContaining('unknown column') },
      { line: 1, field: 'height', message: 'missing column' },
    ]);
  });

  it('reports rows with too many values, broken quotes, non-UTF-8 bytes and empty files', () => {
    const tooMany = 'code,zone,type,x,y,width,height\nA-01,MTD,standard,0,0,3,3,extra\n';
    expect(issuesOf(() => parsePlanCsv(tooMany, reference))).toEqual([
      { line: 2, field: 'row', message: '8 values for 7 columns' },
    ]);
    const unclosed = 'code,zone,type,x,y,width,height\nA-01,"MTD,standard,0,0,3,3\n';
    expect(issuesOf(() => parsePlanCsv(unclosed, reference))[0]).toMatchObject({ field: 'file' });
    const windows1258 = Uint8Array.from([0x63, 0x6f, 0x64, 0x65, 0xd0]);
    expect(issuesOf(() => parsePlanCsv(windows1258, reference))[0].message).toContain('UTF-8');
    expect(issuesOf(() => parsePlanCsv('\uFEFF', reference))).toEqual([
      { line: 1, field: 'file', message: 'the file is empty' },
    ]);
    expect(issuesOf(() => parsePlanCsv('code,zone,type,x,y,width,height\n', reference))).toEqual([
      { field: 'file', message: 'the plan has no booths' },
    ]);
  });
});

describe('parsePlanJson', () => {
  it('reads { booths: [...] } with arrays or strings of neighbours', () => {
    const plan = parsePlanJson(
      JSON.stringify({
        booths: [
          {
            code: 'G-01',
            zone: 'GOM',
            type: 'standard',
            x: 0,
            y: 0,
            width: 3,
            height: 3,
            neighbours: ['G-02'],
          },
          {
            code: 'G-02',
            zone: 'GOM',
            type: 'standard',
            x: 3,
            y: 0,
            width: 3,
            height: 3,
            corner: true,
            neighbours: 'G-01',
          },
        ],
      }),
      reference,
    );
    expect(plan.booths.map((b) => [b.code, b.corner, b.neighbours])).toEqual([
      ['G-01', false, ['G-02']],
      ['G-02', true, ['G-01']],
    ]);
  });

  it('names the index and field of bad entries and rejects unknown fields', () => {
    const json = JSON.stringify([
      {
        code: 'G-01',
        zone: 'GOM',
        type: 'standard',
        x: '0',
        y: 0,
        width: 3,
        height: 3,
        colour: 'red',
      },
      { code: 'G-02', zone: 'GOM', type: 'standard', x: 3, y: 0, width: true, height: 3 },
      'G-03',
    ]);
    expect(issuesOf(() => parsePlanJson(json, reference))).toEqual([
      { field: 'booths[0].colour', message: 'unknown field' },
      { field: 'booths[2]', message: 'must be an object' },
      { booth: 'G-02', field: 'booths[1].width', message: '"true" is not a number' },
    ]);
  });

  it('reports broken JSON and a wrong top level', () => {
    expect(issuesOf(() => parsePlanJson('{"booths": [', reference))[0].message).toMatch(
      /^not valid JSON/,
    );
    expect(issuesOf(() => parsePlanJson('{"booths": 3, "zones": []}', reference))).toEqual([
      { field: 'zones', message: 'unknown field; only "booths" is read' },
    ]);
  });
});
