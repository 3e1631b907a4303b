import { singleFileUpload, UploadedFileData } from '../../common/single-file-upload';

export const PHOTO_FIELD = 'photo';
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type UploadedPhoto = UploadedFileData;

/** Reads one multipart file named "photo". */
export const PhotoUploadInterceptor = singleFileUpload({
  field: PHOTO_FIELD,
  maxBytes: MAX_PHOTO_BYTES,
  fields: 5,
  tooLarge: {
    code: 'photo_too_large',
    message: 'The photo is larger than 5 MB',
    issue: { field: PHOTO_FIELD, message: 'must be at most 5 MB' },
  },
  unreadable: {
    code: 'photo_unreadable',
    issue: {
      field: PHOTO_FIELD,
      message: `must be one image file sent as the multipart field "${PHOTO_FIELD}"`,
    },
  },
});
