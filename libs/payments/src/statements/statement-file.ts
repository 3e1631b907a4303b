import { parse } from 'csv-parse/sync';
import type { Cell } from '../domain';
import { statementUnreadable } from '../payments.errors';

export const STATEMENT_FILE_LIMIT_BYTES = 20 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The rows of a statement file: an XLSX workbook's first sheet, or a CSV (`,` `;` or tab). */
export async function readStatementRows(data: Buffer, filename: string): Promise<Cell[][]> {
  if (data.length === 0)
    throw statementUnreadable('The file is empty', [{ field: 'file', message: 'is empty' }]);
  if (/\.xlsx$/i.test(filename) || data.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(data);
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw statementUnreadable('The file is not a CSV this import can read', [
      { field: 'file', message: (error as Error).message },
    ]);
  }
}

/** The separator most used in the first lines (a bank's title block may come first). */
function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 30).join('\n');
  const count = (c: string) => head.split(c).length;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

async function readXlsx(data: Buffer): Promise<Cell[][]> {
  // exceljs is large: loaded with the first workbook, not with the api.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw statementUnreadable('The file is not an XLSX workbook this import can read', [
      { field: 'file', message: (error as Error).message },
    ]);
  }
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1).map(cellOf);
    rows[number - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) {
      return cell.richText.map((run: { text?: string }) => run.text ?? '').join('');
    }
    if ('result' in cell) return cellOf(cell.result);
    if ('text' in cell) return cellOf(cell.text);
  }
  return String(value);
}
