import { create, toBuffer, type QRCodeErrorCorrectionLevel } from 'qrcode';

// Labels get handled and scuffed on a showcase table: quartile correction survives that, and a
// product URL still fits a QR small enough for a 57 mm label.
const LABEL_QR_OPTIONS = { errorCorrectionLevel: 'Q' as QRCodeErrorCorrectionLevel };
/**
 * Quiet zone in modules around the symbol: the 4 that ISO/IEC 18004 requires, drawn inside the
 * QR's own white square so no text or cut edge of the label can come closer.
 */
export const LABEL_QR_QUIET_ZONE = 4;

/** A QR symbol as an SVG path in module units: one filled rectangle per run of dark modules. */
export interface LabelQr {
  /** Modules per side, without the quiet zone. */
  size: number;
  path: string;
}

function checkedUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new Error(`A label QR needs an http(s) URL: "${url}"`);
  }
  return url;
}

export function labelQr(url: string): LabelQr {
  const { modules } = create(checkedUrl(url), LABEL_QR_OPTIONS);
  const { size } = modules;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < size && modules.get(row, col + 1)) col++;
      const run = col - start + 1;
      path += `M${start} ${row}h${run}v1h-${run}z`;
    }
  }
  return { size, path };
}

/**
 * The same symbol as a PNG (same data, same options, so the same modules): for screens, and
 * the proof in the spec that what the label carries decodes to the URL.
 */
export function labelQrPng(url: string, scale = 8): Promise<Buffer> {
  return toBuffer(checkedUrl(url), {
    ...LABEL_QR_OPTIONS,
    type: 'png',
    margin: LABEL_QR_QUIET_ZONE,
    scale,
  });
}
