import { detectDocumentType } from './document-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );

describe('detectDocumentType', () => {
  it('knows a PDF, a JPEG and a PNG by their first bytes', () => {
    expect(detectDocumentType(bytes('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(detectDocumentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectDocumentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'image/png',
    );
  });

  it('refuses WebP, text named .pdf, a Word file and a truncated header', () => {
    expect(detectDocumentType(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBeUndefined();
    expect(detectDocumentType(bytes('Giấy phép kinh doanh'))).toBeUndefined();
    expect(detectDocumentType(bytes([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined();
    expect(detectDocumentType(bytes('%PD'))).toBeUndefined();
  });
});
