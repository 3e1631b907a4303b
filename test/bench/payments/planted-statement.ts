/**
 * A bank statement of N lines (default 20,000) against A applications (default 5,000), with
 * every outcome planted in known numbers: for each application a deposit paid exactly and a
 * partial payment after it; over-payments for some; unmatched transfers; repeated bank
 * transactions (duplicates); debits; lines with a bad amount. The transfer texts write the
 * reference the ways payers do (accents, case, spaces, glued to bank prefixes).
 */
export interface PlantedStatement {
  csv: string;
  lines: number;
  expected: {
    exact: number;
    partial: number;
    over_paid: number;
    unmatched: number;
    duplicate: number;
    skipped: number;
    errors: number;
  };
  /** What the applications have paid in total after the import. */
  paidTotal: bigint;
}

export const DEPOSIT = 6_000_000n;
export const AMOUNT_DUE = 12_000_000n;

export const referenceOf = (i: number) => `HC-${i.toString(16).toUpperCase().padStart(10, '0')}`;

const FORMS = [
  (r: string) => `MBVCB.${r}.Chuyen tien gian hang`,
  (r: string) => `${r.replace('-', ' ').toLowerCase()} nộp tiền đặt cọc`,
  (r: string) => `Thanh toán ${r.slice(0, 7)} ${r.slice(7)} HTX Phú Vinh`,
  (r: string) => `IBFT ${r.replace('-', '')} `,
];

export function plantedStatement(applications: number, lines = 20_000): PlantedStatement {
  const over = Math.floor(applications * 0.4);
  const fixed = applications * 2 + over;
  const rest = lines - fixed;
  if (rest < 100) throw new Error('too few lines for the applications');
  const duplicate = Math.floor(rest * 0.25);
  const errors = Math.floor(rest * 0.25);
  const skipped = Math.floor(rest * 0.125);
  const unmatched = rest - duplicate - errors - skipped;
  const rows: string[] = [
    'SAO KÊ TÀI KHOẢN 0011004123456',
    'Ngày GD,Số bút toán,Ghi nợ,Ghi có,Nội dung',
  ];
  let ft = 0;
  const credit = (amount: bigint, text: string) =>
    rows.push(`05/08/2027,FT${++ft},,"${amount.toLocaleString('vi-VN')}","${text}"`);
  for (let i = 0; i < applications; i++) credit(DEPOSIT, FORMS[i % 4](referenceOf(i)));
  for (let i = 0; i < applications; i++) credit(1_000_000n, FORMS[(i + 1) % 4](referenceOf(i)));
  for (let i = 0; i < over; i++) credit(9_000_000n, FORMS[(i + 2) % 4](referenceOf(i)));
  for (let i = 0; i < unmatched; i++) {
    credit(
      500_000n,
      i % 2 ? `Chuyen tien ${i}` : `HC-${(0xf000000000 + i).toString(16).toUpperCase()}`,
    );
  }
  for (let i = 0; i < duplicate; i++) rows.push(rows[2 + (i % applications)]);
  for (let i = 0; i < skipped; i++) rows.push(`06/08/2027,FD${i},"150.000",,Phi dich vu`);
  for (let i = 0; i < errors; i++) rows.push(`06/08/2027,FE${i},,"mot trieu",${referenceOf(i)}`);
  return {
    csv: rows.join('\n'),
    lines: rows.length - 2,
    expected: {
      exact: applications,
      partial: applications,
      over_paid: over,
      unmatched,
      duplicate,
      skipped,
      errors,
    },
    paidTotal: BigInt(applications) * (DEPOSIT + 1_000_000n),
  };
}
