import { toBuffer, toString } from 'qrcode';

// Medium error correction survives a cracked phone screen or a crumpled printout while keeping
// the ~145-character code at a QR version a gate scanner reads at arm's length.
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** PNG for emails and printing; `scale` is pixels per module. */
export function ticketQrPng(code: string, scale = 8): Promise<Buffer> {
  return toBuffer(code, { ...QR_OPTIONS, type: 'png', scale });
}

/** SVG for the web ticket page: sharp at any size. */
export function ticketQrSvg(code: string): Promise<string> {
  return toString(code, { ...QR_OPTIONS, type: 'svg' });
}
