import type { Language } from '../i18n/language';
import { csvCell, neutralise } from './export-cells';
import type { ExportTable } from './export-table';

/** Excel opens a CSV as UTF-8 only when it starts with the byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ROWS_PER_CHUNK = 500;

/**
 * The table as CSV text in chunks: the BOM and the header line first, then the rows a few
 * hundred at a time, lines ending CRLF as RFC 4180 and Excel expect.
 */
export async function* csvChunks<Row>(
  table: ExportTable<Row>,
  lang: Language,
): AsyncGenerator<string> {
  const line = (fields: string[]) => fields.map(csvField).join(',') + '\r\n';
  yield UTF8_BOM + line(table.columns.map((column) => neutralise(column.header[lang])));
  let chunk = '';
  let count = 0;
  for await (const row of table.rows) {
    chunk += line(table.columns.map((column) => csvCell(column, row, lang)));
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
