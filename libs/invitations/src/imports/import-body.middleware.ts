import { raw } from 'express';
import { IMPORT_FILE_LIMIT_BYTES, RAW_IMPORT_MEDIA_TYPES } from './visitor-import.source';

/** The api parses JSON only; an import may also send the file as the raw body. */
export const importRawBody = raw({ type: RAW_IMPORT_MEDIA_TYPES, limit: IMPORT_FILE_LIMIT_BYTES });
