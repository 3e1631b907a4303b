import { singleFileUpload, UploadedFileData } from '../common/single-file-upload';

export const DOCUMENT_FIELD = 'file';
/** A phone's scan of a few pages fits; a 300 dpi colour scan of a booklet does not need to. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type UploadedDocument = UploadedFileData;

/** Reads one multipart file named "file" with the document's fields. */
export const DocumentUploadInterceptor = singleFileUpload({
  field: DOCUMENT_FIELD,
  maxBytes: MAX_DOCUMENT_BYTES,
  fields: 6,
  tooLarge: {
    code: 'document_too_large',
    message: 'The file is larger than 10 MB',
    issue: { field: DOCUMENT_FIELD, message: 'must be at most 10 MB', rule: 'document_too_large' },
  },
  unreadable: {
    code: 'document_unreadable',
    issue: {
      field: DOCUMENT_FIELD,
      message: `must be one file sent as the multipart field "${DOCUMENT_FIELD}"`,
    },
  },
});
