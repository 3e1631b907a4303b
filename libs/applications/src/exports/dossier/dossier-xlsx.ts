import { neutralise } from '@hoicho/platform';
import { DOSSIER_COLUMNS } from './dossier-columns';
import { dmy, SupportDossier } from './support-dossier';

const MONEY = '#,##0';

const cell = (value: string | number | bigint) =>
  typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? neutralise(value) : value;

/**
 * The dossier as a workbook: a summary sheet (each programme's terms, beneficiaries, booths,
 * subsidies, budget used and left), then one sheet per programme listing its beneficiaries
 * with a total line. Amounts are number cells in đồng; texts neutralised against formulas.
 */
export async function dossierXlsx(dossier: SupportDossier): Promise<Buffer> {
  // exceljs is large: loaded with the first workbook, not with the api.
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  book.creator = 'Hội Chợ';
  const summary = book.addWorksheet('Tổng hợp');
  summary.addRow([`HỒ SƠ HỖ TRỢ GIAN HÀNG: ${neutralise(dossier.fairName)}`]).font = { bold: true };
  summary.addRow([`Đơn vị tổ chức: ${neutralise(dossier.bodyName)}`]);
  summary.addRow([
    `Thời gian: ${dmy(dossier.firstDay)} – ${dmy(dossier.lastDay)}; lập ngày ${dmy(dossier.issuedOn)}`,
  ]);
  summary.addRow([]);
  const head = summary.addRow([
    'Chương trình',
    'Mức hỗ trợ (%)',
    'Tối đa số gian/đơn vị',
    'Số đơn vị',
    'Số gian',
    'Số gian được hỗ trợ',
    'Tổng hỗ trợ (đ)',
    'Kinh phí (đ)',
    'Đã sử dụng (đ)',
    'Còn lại (đ)',
  ]);
  head.font = { bold: true };
  for (const p of dossier.programmes) {
    summary.addRow([
      neutralise(p.nameVi),
      p.ratePercent,
      p.maxBoothsPerProducer ?? '',
      p.totals.beneficiaries,
      p.totals.booths,
      p.totals.subsidisedBooths,
      Number(p.totals.subsidy),
      Number(p.totalBudget),
      Number(p.budgetUsed),
      Number(p.totals.budgetLeft),
    ]);
  }
  summary.columns.forEach((column, i) => {
    column.width = i === 0 ? 36 : 16;
    if (i >= 6) column.numFmt = MONEY;
  });
  dossier.programmes.forEach((p, index) => {
    const sheet = book.addWorksheet(`CT${index + 1}`.slice(0, 31));
    sheet.addRow([`Chương trình: ${neutralise(p.nameVi)}`]).font = { bold: true };
    sheet.addRow([
      `Mức hỗ trợ ${p.ratePercent}%` +
        (p.maxBoothsPerProducer ? `, tối đa ${p.maxBoothsPerProducer} gian mỗi đơn vị` : ''),
    ]);
    sheet.addRow([]);
    sheet.addRow(DOSSIER_COLUMNS.map((c) => c.header)).font = { bold: true };
    p.beneficiaries.forEach((b, i) =>
      sheet.addRow(DOSSIER_COLUMNS.map((c) => cell(c.value(b, i)))),
    );
    const total = sheet.addRow([
      'Cộng',
      ...Array(10).fill(''),
      p.totals.booths,
      p.totals.subsidisedBooths,
      Number(p.totals.fee),
      '',
      Number(p.totals.subsidy),
    ]);
    total.font = { bold: true };
    sheet.addRow([]);
    sheet.addRow(['Kinh phí chương trình (đ)', Number(p.totalBudget)]);
    sheet.addRow(['Đã sử dụng (đ)', Number(p.budgetUsed)]);
    sheet.addRow(['Còn lại (đ)', Number(p.totals.budgetLeft)]);
    DOSSIER_COLUMNS.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width;
      if (i >= 13) column.numFmt = MONEY;
    });
    sheet.getColumn(2).numFmt = MONEY;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
