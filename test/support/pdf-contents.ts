import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfContents {
  pages: number;
  /** Each page's text as pdf.js extracts it (through the fonts' ToUnicode maps). */
  text: string[];
  images: { width: number; height: number; rgba: Buffer }[];
}

/** A PDF's text and images, read by pdf.js in a child process (pdf.js is ESM only). */
export function pdfContents(pdf: Buffer): PdfContents {
  const dir = mkdtempSync(join(tmpdir(), 'hoicho-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync(process.execPath, [join(__dirname, 'pdf-contents.mjs'), file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const parsed = JSON.parse(out.toString('utf8')) as Omit<PdfContents, 'images'> & {
      images: { width: number; height: number; rgba: string }[];
    };
    return {
      ...parsed,
      images: parsed.images.map((i) => ({ ...i, rgba: Buffer.from(i.rgba, 'base64') })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
