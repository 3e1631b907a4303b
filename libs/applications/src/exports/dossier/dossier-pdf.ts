import { readFileSync } from 'node:fs';
import { perBooth } from './dossier-columns';
import { DossierBeneficiary, dmy, dong, SupportDossier } from './support-dossier';

/** Be Vietnam Pro (OFL), embedded and subset by pdfkit: the PDF's standard fonts lack Vietnamese. */
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

interface PdfColumn {
  header: string;
  width: number;
  right?: boolean;
  value: (b: DossierBeneficiary, i: number) => string;
}

const IDS = { tax_code: 'MST', cccd: 'CCCD', none: '' } as const;

// A4 landscape leaves 782 pt between 30 pt margins.
const COLUMNS: PdfColumn[] = [
  { header: 'STT', width: 22, value: (_, i) => String(i + 1) },
  { header: 'Đơn vị (mã hồ sơ)', width: 118, value: (b) => `${b.producerName}\n${b.reference}` },
  { header: 'Loại hình', width: 56, value: (b) => b.legalForm },
  {
    header: 'MST / CCCD',
    width: 78,
    value: (b) => (b.identifier ? `${IDS[b.identifierKind]} ${b.identifier}` : ''),
  },
  {
    header: 'Làng nghề',
    width: 84,
    value: (b) =>
      b.craftVillage
        ? `${b.craftVillage}${b.villageRecognised ? ' (được công nhận)' : ' (chưa công nhận)'}`
        : '',
  },
  {
    header: 'Xã/phường, tỉnh/thành',
    width: 92,
    value: (b) => [b.commune, b.province].filter(Boolean).join(', '),
  },
  {
    header: 'OCOP',
    width: 58,
    value: (b) => (b.ocop ? `${b.ocop.stars} sao, hạn ${dmy(b.ocop.expiresOn)}` : ''),
  },
  { header: 'Số gian', width: 32, right: true, value: (b) => String(b.booths) },
  { header: 'Gian được HT', width: 36, right: true, value: (b) => String(b.subsidisedBooths) },
  { header: 'Phí gian hàng (đ)', width: 66, right: true, value: (b) => dong(b.fee) },
  { header: 'Hỗ trợ mỗi gian (đ)', width: 62, right: true, value: (b) => dong(perBooth(b)) },
  { header: 'Hỗ trợ đơn vị (đ)', width: 66, right: true, value: (b) => dong(b.subsidy) },
];

/** The dossier as a printable A4 landscape PDF, in Vietnamese, one section per programme. */
export async function dossierPdf(dossier: SupportDossier): Promise<Buffer> {
  // Loaded on the first dossier asked for, not with the api.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 30,
    lang: 'vi',
    info: { Title: `Hồ sơ hỗ trợ: ${dossier.fairName}`, Author: 'Hội Chợ' },
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
  const left = 30;
  const bottom = doc.page.height - 30;
  doc.font('bold').fontSize(14).text('HỒ SƠ HỖ TRỢ GIAN HÀNG', { align: 'center' });
  doc.font('bold').fontSize(12).text(dossier.fairName, { align: 'center' });
  doc
    .font('regular')
    .fontSize(9)
    .text(
      `Đơn vị tổ chức: ${dossier.bodyName}. Thời gian: ${dmy(dossier.firstDay)} – ${dmy(dossier.lastDay)}. Lập ngày ${dmy(dossier.issuedOn)}.`,
      { align: 'center' },
    );

  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(7);
    const height =
      Math.max(
        ...cells.map((text, i) => doc.heightOfString(text, { width: COLUMNS[i].width - 4 })),
      ) + 4;
    if (doc.y + height > bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      const column = COLUMNS[i];
      doc.rect(x, top, column.width, height).lineWidth(0.4).stroke('#868e96');
      doc.fillColor('#212529').text(text, x + 2, top + 2, {
        width: column.width - 4,
        align: column.right ? 'right' : 'left',
      });
      x += column.width;
    });
    doc.x = left;
    doc.y = top + height;
  };

  dossier.programmes.forEach((p, index) => {
    if (doc.y > bottom - 120) doc.addPage();
    doc.moveDown(1).x = left;
    doc
      .font('bold')
      .fontSize(11)
      .text(`${index + 1}. Chương trình: ${p.nameVi}`, left, doc.y);
    doc
      .font('regular')
      .fontSize(9)
      .text(
        `Mức hỗ trợ ${p.ratePercent}%` +
          (p.maxBoothsPerProducer ? `, tối đa ${p.maxBoothsPerProducer} gian mỗi đơn vị` : '') +
          `. Kinh phí: ${dong(p.totalBudget)} đ; đã sử dụng: ${dong(p.budgetUsed)} đ; còn lại: ${dong(p.totals.budgetLeft)} đ.`,
      );
    doc.moveDown(0.4);
    row(
      COLUMNS.map((c) => c.header),
      'bold',
    );
    p.beneficiaries.forEach((b, i) =>
      row(
        COLUMNS.map((c) => c.value(b, i)),
        'regular',
      ),
    );
    row(
      [
        '',
        `Cộng: ${p.totals.beneficiaries} đơn vị`,
        '',
        '',
        '',
        '',
        '',
        String(p.totals.booths),
        String(p.totals.subsidisedBooths),
        dong(p.totals.fee),
        '',
        dong(p.totals.subsidy),
      ],
      'bold',
    );
  });
  doc.end();
  return done;
}
