/**
 * A visitor list as a spreadsheet exports it (BOM, comma, Vietnamese header and names, one
 * organisation with a quoted line break), any number of rows from 2,500 up, with a few bad rows
 * and duplicates placed among the good ones: at the end of an import batch (1,000 rows), across
 * batches, inside one batch, and on the last row. Physical line numbers are tracked as the text
 * is built, so the expected refusals carry the line a person would find them on. The end-to-end
 * test imports 2,500 rows; `npm run bench:import` 50,000.
 */

export const MIN_ROWS = 2_500;
/** A visitor on the list before the import; row 2,345 of the file repeats them. */
export const STORED = { name: 'Khách Cũ', email: 'khach2345@example.vn' };

type Cells = [name: string, email: string, organisation: string, country: string, tags: string];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ', 'Đỗ'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Khánh', 'Lan', 'Phương', 'Quân', 'Ánh'];

export function goodRow(i: number): Cells {
  const name = `${SURNAMES[i % SURNAMES.length]} Văn ${GIVEN[i % GIVEN.length]} ${i}`;
  return [name, `khach${i}@example.vn`, `HTX Làng nghề số ${i % 500}`, 'VN', 'đợt 1'];
}

type Outcome =
  { kind: 'created' | 'merged' } | { kind: 'rejected'; field: string; message: string };
type Planted = { cells: (row: Cells) => Cells; outcome: Outcome };

/** Row number (1-based among data rows) → what replaces the good row, and why. */
function planted(rows: number): Record<number, Planted> {
  return {
    3: {
      // A quoted line break: every later record starts one physical line further down.
      cells: ([n, e, , c, t]) => [n, e, 'Công ty Gốm\nBát Tràng', c, t],
      outcome: { kind: 'created' },
    },
    1_000: {
      // The last row of the first batch.
      cells: ([n, , o, c, t]) => [n, 'khach1000@@example.vn', o, c, t],
      outcome: { kind: 'rejected', field: 'email', message: 'Email is not a valid address' },
    },
    1_234: {
      // The address of row 1 in other case: merged into the visitor the first batch created.
      cells: ([, , o, c, t]) => ['NGUYỄN VĂN AN', 'Khach1@Example.VN', o, c, t],
      outcome: { kind: 'merged' },
    },
    1_777: {
      cells: ([n, , o, c, t]) => [n, 'khach1777@example', o, c, t],
      outcome: { kind: 'rejected', field: 'email', message: 'Email domain is not valid' },
    },
    2_000: {
      cells: ([, e, o, c, t]) => ['', e, o, c, t],
      outcome: { kind: 'rejected', field: 'name', message: 'Name is empty' },
    },
    2_222: {
      cells: ([n, e, o, , t]) => [n, e, o, 'Narnia', t],
      outcome: { kind: 'rejected', field: 'country', message: '"Narnia" is not a known country' },
    },
    2_345: {
      // The stored visitor's address.
      cells: (row) => row,
      outcome: { kind: 'merged' },
    },
    2_400: {
      // Row 2,399 again, in the same batch of 1,000.
      cells: ([, , o, c]) => [goodRow(2_399)[0], goodRow(2_399)[1], o, c, 'đợt 2'],
      outcome: { kind: 'merged' },
    },
    [rows]: {
      cells: ([n, , o, c, t]) => [n, '', o, c, t],
      outcome: { kind: 'rejected', field: 'email', message: 'Email is empty' },
    },
  };
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface PlantedVisitorList {
  file: Buffer;
  rows: number;
  created: number;
  merged: number;
  rejected: { line: number; field: string; message: string }[];
}

export function plantedVisitorList(rows: number): PlantedVisitorList {
  if (rows < MIN_ROWS) throw new Error(`a planted list has at least ${MIN_ROWS} rows`);
  const plants = planted(rows);
  const lines = ['\uFEFFHọ và tên,Email,Tổ chức,Quốc gia,Nhãn'];
  let line = 2;
  let created = 0;
  let merged = 0;
  const rejected: PlantedVisitorList['rejected'] = [];
  for (let i = 1; i <= rows; i++) {
    const plant = plants[i];
    const cells = plant ? plant.cells(goodRow(i)) : goodRow(i);
    const outcome: Outcome = plant?.outcome ?? { kind: 'created' };
    if (outcome.kind === 'rejected') {
      rejected.push({ line, field: outcome.field, message: outcome.message });
    } else if (outcome.kind === 'merged') merged++;
    else created++;
    const text = cells.map(csvCell).join(',');
    lines.push(text);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  }
  const file = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
  return { file, rows, created, merged, rejected };
}
