import type { Readable } from 'node:stream';
import { normaliseAnyPhone } from '@hoicho/exhibitors/domain';
import { resolveCountry } from '@hoicho/platform/domain';
import { readCsvRows } from './csv-rows';
import { EMAIL_REJECTION_MESSAGES, normaliseEmail } from './email.util';
import { resolveHeader, type VisitorField } from './header-aliases';
import { ImportFileError, type SheetRow } from './sheet-row';
import type { Visitor } from './visitor';
import { cleanText, parseConsent, parseLanguage, parseSegment, parseTags } from './visitor-fields';
import { readXlsxRows } from './xlsx-rows';

export type VisitorImportFormat = 'csv' | 'xlsx';

/** `header` and `file` errors are fatal: they are the last item the import yields. */
export interface ImportFieldError {
  field: VisitorField | 'header' | 'file';
  message: string;
}

export type VisitorImportItem =
  { line: number; visitor: Visitor } | { line: number; errors: ImportFieldError[] };

// Column widths the database keeps; longer text is a pasting mistake, not a name.
const MAX_LENGTH: Partial<Record<VisitorField, number>> = {
  name: 200,
  organisation: 300,
  phone: 40,
  tags: 500,
};

const NOT_UTF8 = 'contains characters that are not UTF-8; save the file as "CSV UTF-8"';

function buildVisitor(
  cells: readonly string[],
  columns: Partial<Record<VisitorField, number>>,
): { visitor: Visitor } | { errors: ImportFieldError[] } {
  const errors: ImportFieldError[] = [];
  const text = (field: VisitorField): string | undefined => {
    const index = columns[field];
    const value = index === undefined ? '' : cleanText(cells[index] ?? '');
    if (value === '') return undefined;
    if (value.includes('\uFFFD')) errors.push({ field, message: `The cell ${NOT_UTF8}` });
    const max = MAX_LENGTH[field];
    if (max && value.length > max) errors.push({ field, message: `Longer than ${max} characters` });
    return value;
  };
  const decode = <T>(field: VisitorField, parse: (v: string) => T | undefined, hint: string) => {
    const value = text(field);
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) errors.push({ field, message: `"${value}" is not ${hint}` });
    return parsed;
  };

  const name = text('name');
  if (name === undefined) errors.push({ field: 'name', message: 'Name is empty' });
  const rawEmail = text('email') ?? '';
  const email = normaliseEmail(rawEmail);
  if (!email.ok) errors.push({ field: 'email', message: EMAIL_REJECTION_MESSAGES[email.reason] });

  const country = decode('country', resolveCountry, 'a known country');
  // Written nationally for the visitor's country (Việt Nam when none), stored as E.164.
  const phone = decode(
    'phone',
    (value) => {
      const checked = normaliseAnyPhone(value, country);
      return checked.ok ? checked.value.e164 : undefined;
    },
    'a valid phone number',
  );

  const visitor: Visitor = {
    email: email.ok ? email.value : rawEmail,
    name: name ?? '',
    organisation: text('organisation'),
    phone,
    country,
    language: decode('language', parseLanguage, 'a language (vi or en)'),
    segment: decode('segment', parseSegment, 'a segment (buyer, press, vip or public)'),
    tags: parseTags(text('tags') ?? ''),
    consent: decode('consent', parseConsent, 'yes or no'),
  };
  return errors.length > 0 ? { errors } : { visitor };
}

/** Rows until the first with any text: the header. Leading blank rows are tolerated. */
async function* importItems(rows: AsyncGenerator<SheetRow>): AsyncGenerator<VisitorImportItem> {
  let columns: Partial<Record<VisitorField, number>> | undefined;
  let lastLine = 1;
  try {
    for await (const { line, cells } of rows) {
      lastLine = line;
      if (cells.every((cell) => cell.trim() === '')) continue;
      if (!columns) {
        const header = resolveHeader(cells);
        if (!header.ok || cells.some((cell) => cell.includes('\uFFFD'))) {
          const message = header.ok ? `The header ${NOT_UTF8}.` : header.message;
          yield { line, errors: [{ field: 'header', message }] };
          return;
        }
        columns = header.columns;
        continue;
      }
      yield { line, ...buildVisitor(cells, columns) };
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    yield { line: error.line ?? lastLine, errors: [{ field: 'file', message: error.message }] };
    return;
  }
  if (!columns) {
    yield { line: 1, errors: [{ field: 'header', message: 'The file is empty: no header row.' }] };
  }
}

/**
 * Streams visitors out of a CSV or XLSX export, one row at a time, so a file of 50,000 rows
 * never sits in memory. Each row yields a visitor or its errors; a bad row never stops the
 * import. A missing or ambiguous header yields one `header` error and nothing else; a file
 * that breaks mid-way yields a `file` error after the rows read so far. Duplicates are not
 * merged here (see mergeVisitor).
 */
export function parseVisitorImport(
  source: Readable,
  format: VisitorImportFormat,
): AsyncGenerator<VisitorImportItem> {
  return importItems(format === 'csv' ? readCsvRows(source) : readXlsxRows(source));
}
