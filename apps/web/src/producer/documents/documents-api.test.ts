import { describe, expect, it } from 'vitest';
import { fileProblem, MAX_DOCUMENT_BYTES } from './documents-api';

const file = (name: string, type: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type });

describe('a document file, before it is sent', () => {
  it('asks for a file, and refuses one over 10 MB', () => {
    expect(fileProblem(null)).toBe('required');
    expect(fileProblem(file('scan.pdf', 'application/pdf', MAX_DOCUMENT_BYTES + 1))).toBe(
      'tooLarge',
    );
  });

  it('takes a PDF, JPEG or PNG by name or type; the API checks the bytes', () => {
    expect(fileProblem(file('giay-phep.pdf', ''))).toBeNull();
    expect(fileProblem(file('anh-chup', 'image/jpeg'))).toBeNull();
    expect(fileProblem(file('chung-nhan.PNG', ''))).toBeNull();
    expect(fileProblem(file('hop-dong.docx', 'application/msword'))).toBe('badType');
  });
});
