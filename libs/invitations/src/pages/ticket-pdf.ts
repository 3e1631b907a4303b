import { readFileSync } from 'node:fs';

/**
 * Be Vietnam Pro (OFL), embedded and subset by pdfkit: the PDF's own standard fonts have no
 * Vietnamese letters, and a printed ticket must spell "Hội chợ Làng nghề" right on any reader.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
};
// Read once per process: every ticket PDF embeds the same two fonts.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  });

export interface TicketPdfInput {
  lang: 'vi' | 'en';
  title: string;
  fairName: string;
  holder: string;
  dateLines: string[];
  venue: string;
  /** The QR as a PNG, and the code it holds (printed small, for a gate that types it). */
  qrPng: Buffer;
  code: string;
  labels: { holder: string; dates: string; venue: string; ticketCode: string; show: string };
}

const GREEN = '#0c6b58';

/** A printable A5 ticket: the fair, the holder, the days, the venue and the QR. */
export async function ticketPdf(input: TicketPdfInput): Promise<Buffer> {
  // Loaded on the first ticket asked for, not with the api: most processes never draw a PDF.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A5',
    margin: 36,
    lang: input.lang,
    info: { Title: input.title, Author: 'Hội Chợ', Subject: input.fairName },
  });
  const { regular, bold } = loadFonts();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 72;
  doc.font('bold').fontSize(11).fillColor(GREEN).text('Hội Chợ');
  doc.moveDown(0.4).font('bold').fontSize(17).fillColor('#212529').text(input.fairName);
  doc.moveDown(0.6).font('regular').fontSize(10).fillColor('#495057').text(input.labels.show);
  const qrSize = 200;
  doc.image(input.qrPng, 36 + (width - qrSize) / 2, doc.y + 8, { width: qrSize });
  doc.y += qrSize + 16;
  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor('#212529').text(label);
    doc.font('regular').fontSize(11).text(value).moveDown(0.4);
  };
  row(input.labels.holder, input.holder);
  row(input.labels.dates, input.dateLines.join('\n'));
  row(input.labels.venue, input.venue);
  doc.font('regular').fontSize(7).fillColor('#495057');
  doc.text(`${input.labels.ticketCode}: ${input.code}`, { width });
  doc.end();
  return done;
}
