import { readFileSync } from 'node:fs';
import { vndInWords } from '../domain';

/** Be Vietnam Pro (OFL), embedded and subset by pdfkit, as the tickets use it. */
const FONT_FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
};
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  });

export interface ReceiptInput {
  receiptNo: string;
  bodyName: string;
  fairName: string;
  producerName: string;
  reference: string;
  /** Whole đồng as digits. */
  amount: string;
  paidOn: string;
  method: 'transfer' | 'cash' | 'statement';
  bankRef: string | null;
  amountDue: string;
  amountPaid: string;
}

const METHOD = {
  transfer: 'Chuyển khoản',
  cash: 'Tiền mặt',
  statement: 'Chuyển khoản (sao kê ngân hàng)',
};
const vnd = (digits: string) =>
  new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(BigInt(digits));
const day = (iso: string) => iso.split('-').reverse().join('/');

/** "Phiếu thu": one payment, its amount in figures and in words, A5, Vietnamese. */
export async function receiptPdf(r: ReceiptInput): Promise<Buffer> {
  // Loaded on the first receipt asked for, not with the api.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A5',
    margin: 36,
    lang: 'vi',
    info: { Title: `Phiếu thu số ${r.receiptNo}`, Author: r.bodyName, Subject: r.fairName },
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
  doc.font('bold').fontSize(11).fillColor('#212529').text(r.bodyName);
  doc.moveDown(0.8).fontSize(18).text('PHIẾU THU', { align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`Số: ${r.receiptNo}    Ngày: ${day(r.paidOn)}`, { align: 'center' });
  doc.moveDown(1);
  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true });
    doc.font('regular').text(value).moveDown(0.3);
  };
  row('Hội chợ', r.fairName);
  row('Đơn vị nộp tiền', r.producerName);
  row('Mã hồ sơ', r.reference);
  row('Lý do nộp', 'Phí tham gia gian hàng');
  row('Hình thức', METHOD[r.method]);
  if (r.bankRef) row('Số giao dịch', r.bankRef);
  row('Số tiền', vnd(r.amount));
  row('Bằng chữ', vndInWords(r.amount));
  doc.moveDown(0.6);
  row('Tổng phải nộp', vnd(r.amountDue));
  row('Đã nộp (kể cả lần này)', vnd(r.amountPaid));
  doc.moveDown(2).font('regular').fontSize(9).fillColor('#495057');
  doc.text('Phiếu thu được lập tự động từ Hội Chợ.', { align: 'center' });
  doc.end();
  return done;
}
