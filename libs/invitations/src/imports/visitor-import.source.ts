import { Readable } from 'node:stream';
import { AppError } from '@hoicho/platform';
import type { VisitorImportFormat } from '../domain';

/** A 50,000-row export is a few MB; 25 MB leaves room for wide sheets. */
export const IMPORT_FILE_LIMIT_BYTES = 25 * 1024 * 1024;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Media types taken as the raw file in the request body. */
export const RAW_IMPORT_MEDIA_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  XLSX_MEDIA_TYPE,
  'application/octet-stream',
];

export interface UploadedImportFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

/** The parts of an upload request that say what the file is. */
export interface ImportRequest {
  contentType: string | undefined;
  body: unknown;
  file: UploadedImportFile | undefined;
  filename: string | undefined;
}

export interface ImportUpload {
  filename: string;
  format: VisitorImportFormat;
  data: Buffer;
}

const HOW =
  'send the file as multipart/form-data field "file", or as the raw body (text/csv or the XLSX media type)';
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Works out the uploaded file and whether it is a workbook (by name, type or its zip magic). */
export function readImportUpload({
  contentType,
  body,
  file,
  filename,
}: ImportRequest): ImportUpload {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  let data: Buffer;
  let name: string;
  let type: string;
  if (mediaType === 'multipart/form-data') {
    if (!file) throw AppError.validation([{ field: 'file', message: `is required; ${HOW}` }]);
    [data, name, type] = [file.buffer, file.originalname, file.mimetype];
  } else if (RAW_IMPORT_MEDIA_TYPES.includes(mediaType)) {
    data = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    type = mediaType;
    name = filename?.trim() || (mediaType === XLSX_MEDIA_TYPE ? 'visitors.xlsx' : 'visitors.csv');
  } else {
    throw AppError.validation(
      [{ field: 'content-type', message: `"${mediaType || 'none'}" is not supported; ${HOW}` }],
      'The import needs a CSV or XLSX file',
    );
  }
  if (data.length === 0) throw AppError.validation([{ field: 'file', message: 'is empty' }]);
  const isXlsx =
    /\.xlsx$/i.test(name) || type === XLSX_MEDIA_TYPE || data.subarray(0, 4).equals(ZIP_MAGIC);
  return {
    filename: name.normalize('NFC').slice(0, 255) || 'visitors',
    format: isXlsx ? 'xlsx' : 'csv',
    data,
  };
}

/** The uploaded bytes (for the preview) as a stream of 64 kB chunks, counting what was pulled. */
export function countingSource(
  data: Buffer,
  chunkSize = 64 * 1024,
): { stream: Readable; bytesRead(): number } {
  let read = 0;
  function* chunks() {
    for (let offset = 0; offset < data.length; offset += chunkSize) {
      const chunk = data.subarray(offset, offset + chunkSize);
      read += chunk.length;
      yield chunk;
    }
  }
  return { stream: Readable.from(chunks(), { objectMode: false }), bytesRead: () => read };
}
