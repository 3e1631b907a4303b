/**
 * A 50,000-row visitor list as a spreadsheet exports it (BOM, comma, Vietnamese header and
 * names, one organisation with a quoted line break), with a few bad rows and duplicates placed
 * among the good ones. Physical line numbers are tracked as the text is built, so the expected
 * refusals carry the line a person would find them on.
 */

export const ROWS = 50_000;
/** A visitor on the list before the import; row 45,678 of the file repeats them. */
export const STORED = { name: 'Khách Cũ', email: 'khach45678@example.vn' };

type Cells = [name: string, email: string, organisation: string, country: string, tags: string];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ', 'Đỗ'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Khánh', 'Lan', 'Phương', 'Quân', 'Ánh'];

export function goodRow(i: number): Cells {
  const name = `${SURNAMES[i % SURNAMES.length]} Văn ${GIVEN[i % GIVEN.length]} ${i}`;
  return [name, `khach${i}@example.vn`, `HTX Làng nghề số ${i % 500}`, 'VN', 'đợt 1'];
}

/** Row number (1-based among data rows) → what replaces the good row, and why. */
const PLANTED: Record<number, { cells: (row: Cells) => Cells; outcome: Outcome }> = {
  3: {
    // A quoted line break: every later record starts one physical line further down.
    cells: ([n, e, , c, t]) => [n, e, 'Công ty Gốm\nBát Tràng', c, t],
    outcome: { kind: 'created' },
  },
  1_000: {
    cells: ([n, , o, c, t]) => [n, 'khach1000@@example.vn', o, c, t],
    outcome: { kind: 'rejected', field: 'email', message: 'Email is not a valid address' },
  },
  12_345: {
    // The address of row 1 in other case: merged into the visitor row 1 created.
    cells: ([, , o, c, t]) => ['NGUYỄN VĂN AN', 'Khach1@Example.VN', o, c, t],
    outcome: { kind: 'merged' },
  },
  17_777: {
    cells: ([n, , o, c, t]) => [n, 'khach17777@example', o, c, t],
    outcome: { kind: 'rejected', field: 'email', message: 'Email domain is not valid' },
  },
  25_000: {
    cells: ([, e, o, c, t]) => ['', e, o, c, t],
    outcome: { kind: 'rejected', field: 'name', message: 'Name is empty' },
  },
  33_333: {
    cells: ([n, e, o, , t]) => [n, e, o, 'Narnia', t],
    outcome: { kind: 'rejected', field: 'country', message: '"Narnia" is not a known country' },
  },
  40_000: {
    // Row 39,999 again, in the same batch of 1,000.
    cells: ([, , o, c]) => [goodRow(39_999)[0], goodRow(39_999)[1], o, c, 'đợt 2'],
    outcome: { kind: 'merged' },
  },
  45_678: {
    // The stored visitor's address.
    cells: (row) => row,
    outcome: { kind: 'merged' },
  },
  50_000: {
    cells: ([n, , o, c, t]) => [n, '', o, c, t],
    outcome: { kind: 'rejected', field: 'email', message: 'Email is empty' },
  },
};

type Outcome =
  { kind: 'created' | 'merged' } | { kind: 'rejected'; field: string; message: string };

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface FiftyThousandCsv {
  file: Buffer;
  created: number;
  merged: number;
  rejected: { line: number; field: string; message: string }[];
}

export function fiftyThousandCsv(): FiftyThousandCsv {
  const lines = ['\uFEFFHọ và tên,Email,Tổ chức,Quốc gia,Nhãn'];
  let line = 2;
  let created = 0;
  let merged = 0;
  const rejected: FiftyThousandCsv['rejected'] = [];
  for (let i = 1; i <= ROWS; i++) {
    const planted = PLANTED[i];
    const cells = planted ? planted.cells(goodRow(i)) : goodRow(i);
    const outcome: Outcome = planted?.outcome ?? { kind: 'created' };
    if (outcome.kind === 'rejected') {
      rejected.push({ line, field: outcome.field, message: outcome.message });
    } else if (outcome.kind === 'merged') merged++;
    else created++;
    const text = cells.map(csvCell).join(',');
    lines.push(text);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  }
  return { file: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'), created, merged, rejected };
}
