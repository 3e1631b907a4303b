import type { Writable } from 'node:stream';
import type { Language } from '../i18n/language';
import { xlsxCell } from './export-cells';
import type { ExportTable } from './export-table';

const NUMBER_FORMATS = { number: '0', money: '#,##0', datetime: 'dd/mm/yyyy hh:mm' } as const;

/**
 * Streams the table as one XLSX worksheet into `out` (exceljs's streaming writer: each row is
 * committed as it is written, so a large export is never held whole). Numbers and amounts are
 * number cells, instants date cells in Hà Nội time, texts neutralised like the CSV's.
 */
export async function writeXlsx<Row>(
  table: ExportTable<Row>,
  lang: Language,
  out: Writable,
): Promise<void> {
  // exceljs is large (hundreds of modules): loaded with the first workbook, not with the api.
  const { stream: excelStream } = await import('exceljs');
  const workbook = new excelStream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.sheetName[lang].slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header[lang],
    key: String(index),
    width: column.width ?? (column.type === 'text' ? 24 : 16),
    style:
      column.type in NUMBER_FORMATS
        ? { numFmt: NUMBER_FORMATS[column.type as keyof typeof NUMBER_FORMATS] }
        : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const row of table.rows) {
    sheet.addRow(table.columns.map((column) => xlsxCell(column, row, lang))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
