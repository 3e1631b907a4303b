import { LABEL_QR_QUIET_ZONE, labelQr } from './label-qr';
import { escapeXml } from '@hoicho/platform/domain';
import { wrapText } from './svg-text';

export interface SampleLabel {
  /** The code staff write on the custody form, e.g. "BT-0123". */
  code: string;
  productName: { vi: string; en?: string };
  producer: string;
  village?: string;
  /** The producer's booths at the fair (none before allocation). */
  boothCodes?: readonly string[];
  /** The product's public page, carried by the QR. */
  url: string;
}

/** Sheet geometry in millimetres. */
export interface LabelSheetLayout {
  pageWidth: number;
  pageHeight: number;
  columns: number;
  rows: number;
  labelWidth: number;
  labelHeight: number;
  marginTop: number;
  marginLeft: number;
  gapX: number;
  gapY: number;
  /** Draw a thin cut line round each label (plain paper); off for pre-cut label sheets. */
  outline: boolean;
}

/** A4, 2 × 5 labels of 99.1 × 57 mm: the common pre-cut sheet (Avery L7173 and equivalents). */
export const A4_2X5_LAYOUT: LabelSheetLayout = {
  pageWidth: 210,
  pageHeight: 297,
  columns: 2,
  rows: 5,
  labelWidth: 99.1,
  labelHeight: 57,
  marginTop: 6,
  marginLeft: 4.65,
  gapX: 2.5,
  gapY: 0,
  outline: false,
};

const PADDING = 4;
// The square holds the quiet zone too: with 4 modules each side a 33-module symbol (a product
// URL at level Q) still gets modules of 0.73 mm, well above what a phone camera resolves.
const QR_SIZE = 30;
const FONTS = "'Noto Sans', 'Be Vietnam Pro', Arial, sans-serif";

/** Generous average glyph widths (share of the font size) so wrapped text never runs under the QR. */
const GLYPH = { regular: 0.56, bold: 0.64 };

interface TextBlock {
  text: string;
  size: number;
  lines: number;
  bold?: boolean;
  italic?: boolean;
}

function textLines(blocks: TextBlock[], width: number): string {
  let y = PADDING;
  let out = '';
  for (const block of blocks) {
    const chars = Math.floor(width / (block.size * (block.bold ? GLYPH.bold : GLYPH.regular)));
    const style =
      (block.bold ? ' font-weight="700"' : '') + (block.italic ? ' font-style="italic"' : '');
    for (const line of wrapText(block.text, chars, block.lines)) {
      y += block.size * 1.2;
      out += `<text x="${PADDING}" y="${y.toFixed(2)}" font-size="${block.size}"${style}>${escapeXml(line)}</text>`;
    }
    y += block.size * 0.4;
  }
  return out;
}

function labelSvg(label: SampleLabel, layout: LabelSheetLayout, x: number, y: number): string {
  const qr = labelQr(label.url);
  const box = qr.size + 2 * LABEL_QR_QUIET_ZONE;
  const qrX = layout.labelWidth - PADDING - QR_SIZE;
  const blocks: TextBlock[] = [
    { text: label.productName.vi, size: 4.2, lines: 2, bold: true },
    { text: label.productName.en ?? '', size: 3.4, lines: 2, italic: true },
    { text: label.producer, size: 3.2, lines: 2 },
    { text: label.village ?? '', size: 3.2, lines: 1 },
  ].filter((block) => block.text.trim() !== '');
  const outline = layout.outline
    ? `<rect width="${layout.labelWidth}" height="${layout.labelHeight}" fill="none" stroke="#bbb" stroke-width="0.2" stroke-dasharray="1 1"/>`
    : '';
  const boothChars = Math.floor((qrX - 2 * PADDING) / (3.6 * GLYPH.bold));
  const [boothLine] = wrapText(`Gian · Booth ${label.boothCodes?.join(', ') ?? ''}`, boothChars, 1);
  const booths = label.boothCodes?.length
    ? `<text x="${PADDING}" y="${layout.labelHeight - PADDING - 6.5}" font-size="3.6" font-weight="700">${escapeXml(boothLine)}</text>`
    : '';
  return (
    `<g transform="translate(${x.toFixed(2)} ${y.toFixed(2)})" data-label-code="${escapeXml(label.code)}">` +
    outline +
    textLines(blocks, qrX - 2 * PADDING) +
    booths +
    `<text x="${PADDING}" y="${layout.labelHeight - PADDING}" font-size="5" font-weight="700" font-family="'Noto Sans Mono', 'Courier New', monospace">${escapeXml(label.code)}</text>` +
    `<svg x="${qrX.toFixed(2)}" y="${PADDING}" width="${QR_SIZE}" height="${QR_SIZE}" viewBox="${-LABEL_QR_QUIET_ZONE} ${-LABEL_QR_QUIET_ZONE} ${box} ${box}" shape-rendering="crispEdges">` +
    `<rect x="${-LABEL_QR_QUIET_ZONE}" y="${-LABEL_QR_QUIET_ZONE}" width="${box}" height="${box}" fill="#fff"/>` +
    `<path fill="#000" d="${qr.path}"/></svg>` +
    '</g>'
  );
}

/**
 * One SVG per page, sized in millimetres so a browser prints it at true size (print at 100%,
 * no scaling). Labels fill each page row by row.
 */
export function renderLabelSheets(
  labels: readonly SampleLabel[],
  layout: LabelSheetLayout = A4_2X5_LAYOUT,
): string[] {
  const perPage = layout.columns * layout.rows;
  const pages: string[] = [];
  for (let first = 0; first < labels.length; first += perPage) {
    const body = labels
      .slice(first, first + perPage)
      .map((label, index) => {
        const col = index % layout.columns;
        const row = Math.floor(index / layout.columns);
        const x = layout.marginLeft + col * (layout.labelWidth + layout.gapX);
        const y = layout.marginTop + row * (layout.labelHeight + layout.gapY);
        return labelSvg(label, layout, x, y);
      })
      .join('');
    pages.push(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.pageWidth}mm" height="${layout.pageHeight}mm" ` +
        `viewBox="0 0 ${layout.pageWidth} ${layout.pageHeight}" font-family="${FONTS}" fill="#000">` +
        `<rect width="${layout.pageWidth}" height="${layout.pageHeight}" fill="#fff"/>${body}</svg>`,
    );
  }
  return pages;
}
