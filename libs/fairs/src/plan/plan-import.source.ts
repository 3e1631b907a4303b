import { AppError } from '@hoicho/platform';

/** The part of a multer file the import reads. */
export interface UploadedPlanFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

export interface PlanSource {
  format: 'csv' | 'json';
  data: string | Uint8Array;
}

/** Media types read as CSV when sent as the request body. */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv', 'text/plain'];

const HOW =
  'send CSV as text/csv, JSON as application/json, or a .csv/.json file as multipart/form-data field "file"';

/**
 * Works out what an import request carries: a CSV body (raw bytes, so a file that is not UTF-8
 * is reported rather than garbled), a JSON body (already parsed by the JSON body parser), or an
 * uploaded file, whose name or type says whether it is JSON.
 */
export function readPlanSource(
  contentType: string | undefined,
  body: unknown,
  file: UploadedPlanFile | undefined,
): PlanSource {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'multipart/form-data') {
    if (!file) throw AppError.validation([{ field: 'file', message: `is required; ${HOW}` }]);
    const isJson = /\.json$/i.test(file.originalname) || file.mimetype === 'application/json';
    return { format: isJson ? 'json' : 'csv', data: file.buffer };
  }
  if (CSV_MEDIA_TYPES.includes(mediaType)) {
    return { format: 'csv', data: Buffer.isBuffer(body) ? body : Buffer.alloc(0) };
  }
  if (mediaType === 'application/json') {
    return { format: 'json', data: JSON.stringify(body ?? null) };
  }
  throw AppError.validation(
    [{ field: 'content-type', message: `"${mediaType || 'none'}" is not supported; ${HOW}` }],
    'The plan import needs a CSV or JSON body',
  );
}
