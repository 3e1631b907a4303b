import type { Readable } from 'node:stream';
import { numberCellText } from './number-cell';
import { ImportFileError, type SheetRow } from './sheet-row';

/**
 * The text a person sees in a cell, whatever exceljs made of it; a number through its number
 * format, so a phone typed as a number keeps the leading 0 or "+" the sheet shows.
 */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberCellText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) {
      return cell.richText.map((run: { text?: string }) => run.text ?? '').join('');
    }
    if ('text' in cell) return cellText(cell.text);
    if ('result' in cell) return cellText(cell.result, numFmt);
    if ('error' in cell) return String(cell.error);
  }
  return String(value);
}

/**
 * Streams the rows of the first worksheet of an XLSX workbook; empty rows are not emitted.
 * Other worksheets are not read.
 */
export async function* readXlsxRows(source: Readable): AsyncGenerator<SheetRow> {
  // exceljs is large (hundreds of modules): loaded with the first workbook, not with the api.
  const { stream: excelStream } = await import('exceljs');
  const workbook = new excelStream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats: how a number cell shows (a phone's leading 0 or "+").
    styles: 'cache',
    entries: 'emit',
  });
  let line: number | undefined;
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        line = row.number;
        const values = row.values as unknown[];
        // exceljs numbers cells from 1 and leaves holes for empty cells.
        const cells = Array.from(values.slice(1), (value, i) =>
          cellText(
            value,
            value == null || typeof value === 'string' ? undefined : row.getCell(i + 1).numFmt,
          ),
        );
        yield { line, cells };
      }
      return;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(`The XLSX workbook cannot be read: ${reason}`, line);
  }
}
