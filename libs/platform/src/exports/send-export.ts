import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { Language } from '../i18n/language';
import { csvChunks } from './csv-writer';
import type { ExportFormat, ExportTable } from './export-table';
import { writeXlsx } from './xlsx-writer';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Streams an export as the answer: headers first, then the file as its rows are read. Scope and
 * validation checks belong before this call (an error here can only cut the download short).
 */
export async function sendExport<Row>(
  response: Response,
  table: ExportTable<Row>,
  format: ExportFormat,
  lang: Language,
): Promise<void> {
  const name = `${table.fileName}.${format}`;
  response.status(200);
  response.setHeader('Content-Type', CONTENT_TYPES[format]);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  response.setHeader('Cache-Control', 'no-store');
  if (format === 'csv') await pipeline(Readable.from(csvChunks(table, lang)), response);
  else {
    await writeXlsx(table, lang, response);
    response.end();
  }
}
