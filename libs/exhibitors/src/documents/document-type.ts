import { detectImageType } from '../products/photos/image-type';

/** The file types a producer document may have, and the extension each is stored with. */
export const DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
} as const;

export type DocumentType = keyof typeof DOCUMENT_TYPES;

const PDF = [...'%PDF-'].map((c) => c.charCodeAt(0));

/**
 * The type from the file's first bytes, whatever its name or declared type: a Word file renamed
 * giay-phep.pdf is not a PDF. A PDF starts with "%PDF-" (readers allow up to 1 KB of junk before
 * it, but a scanner's or a phone's PDF never has any, so the header must come first).
 */
export function detectDocumentType(bytes: Uint8Array): DocumentType | undefined {
  if (bytes.length >= PDF.length && PDF.every((byte, i) => bytes[i] === byte))
    return 'application/pdf';
  const image = detectImageType(bytes);
  return image === 'image/jpeg' || image === 'image/png' ? image : undefined;
}
