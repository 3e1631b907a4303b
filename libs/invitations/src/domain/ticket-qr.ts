import { crc32, deflateSync } from 'node:zlib';
import { create, toString } from 'qrcode';

// Medium error correction survives a cracked phone screen or a crumpled printout while keeping
// the ~145-character code at a QR version a gate scanner reads at arm's length.
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * PNG for emails and printing; `scale` is pixels per module. Encoded here as an 8-bit
 * grayscale image (each row built once, deflated natively) rather than through the qrcode
 * package's RGBA renderer, which tries every PNG filter per pixel row in JavaScript: a mailing
 * with tickets renders one of these per message.
 */
export async function ticketQrPng(code: string, scale = 8): Promise<Buffer> {
  const { modules } = create(code, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  const count = modules.size + 2 * QR_OPTIONS.margin;
  const width = count * scale;
  const stride = width + 1; // filter byte + one byte per pixel
  const raw = Buffer.alloc(stride * width, 0xff);
  for (let row = 0; row < count; row++) {
    const line = Buffer.alloc(stride, 0xff);
    line[0] = 0; // filter: none
    const r = row - QR_OPTIONS.margin;
    if (r >= 0 && r < modules.size) {
      for (let c = 0; c < modules.size; c++) {
        if (!modules.data[r * modules.size + c]) continue;
        const start = 1 + (c + QR_OPTIONS.margin) * scale;
        line.fill(0x00, start, start + scale);
      }
    }
    for (let y = 0; y < scale; y++) line.copy(raw, (row * scale + y) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: grayscale
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** SVG for the web ticket page: sharp at any size. */
export function ticketQrSvg(code: string): Promise<string> {
  return toString(code, { ...QR_OPTIONS, type: 'svg' });
}
