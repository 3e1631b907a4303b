import type { Texts } from '../i18n/language';

/**
 * How a column's values are written: text (neutralised against formulas), a whole number or
 * đồng amount (a number cell in XLSX), an instant (shown in Hà Nội time), a yes/no.
 */
export type ExportColumnType = 'text' | 'number' | 'money' | 'datetime' | 'boolean';

export interface ExportColumn<Row> {
  header: Texts;
  type: ExportColumnType;
  value: (row: Row) => string | number | boolean | Date | null | undefined;
  /** Width in characters for XLSX. */
  width?: number;
}

/** One downloadable table: its columns and its rows, read batch by batch. */
export interface ExportTable<Row> {
  /** The file's base name, e.g. "applications-hoi-cho-2026". */
  fileName: string;
  /** The worksheet's name in XLSX (at most 31 characters). */
  sheetName: Texts;
  columns: readonly ExportColumn<Row>[];
  rows: AsyncIterable<Row>;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Reads a keyset-paged source to the end, one page at a time, so no table is held whole. */
export async function* pagesOf<Row, Key>(
  page: (after: Key | undefined) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): AsyncGenerator<Row> {
  let after: Key | undefined;
  for (;;) {
    const rows = await page(after);
    yield* rows;
    if (rows.length === 0) return;
    after = keyOf(rows[rows.length - 1]);
  }
}
