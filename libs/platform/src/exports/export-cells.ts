import type { Language } from '../i18n/language';
import type { ExportColumn } from './export-table';

const YES_NO: Record<Language, [string, string]> = { vi: ['có', 'không'], en: ['yes', 'no'] };

const HO_CHI_MINH_OFFSET_MS = 7 * 3600 * 1000;

/**
 * A text that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
 * that some programs strip first) gets a leading apostrophe, the OWASP advice against CSV
 * injection: the reader sees the text, nothing is evaluated.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** "2026-10-10 09:30" in Hà Nội time (UTC+7, no summer time): what Excel and LibreOffice read as a date. */
export function hanoiDateTime(instant: Date): string {
  return new Date(instant.getTime() + HO_CHI_MINH_OFFSET_MS)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
}

/**
 * The same instant as a date cell showing Hà Nội time: XLSX dates carry no zone, and exceljs
 * writes a Date's UTC fields.
 */
export function hanoiDateCell(instant: Date): Date {
  return new Date(instant.getTime() + HO_CHI_MINH_OFFSET_MS);
}

/** A cell of a typed column, for CSV: always text. */
export function csvCell<Row>(column: ExportColumn<Row>, row: Row, lang: Language): string {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return '';
  switch (column.type) {
    case 'number':
    case 'money':
      return String(value);
    case 'datetime':
      return hanoiDateTime(value instanceof Date ? value : new Date(String(value)));
    case 'boolean':
      return YES_NO[lang][value ? 0 : 1];
    case 'text':
      return neutralise(String(value));
  }
}

/** A cell of a typed column, for XLSX: numbers stay numbers, instants become date cells. */
export function xlsxCell<Row>(
  column: ExportColumn<Row>,
  row: Row,
  lang: Language,
): string | number | Date | null {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'number':
    case 'money':
      return Number(value);
    case 'datetime':
      return hanoiDateCell(value instanceof Date ? value : new Date(String(value)));
    case 'boolean':
      return YES_NO[lang][value ? 0 : 1];
    case 'text':
      return neutralise(String(value));
  }
}
