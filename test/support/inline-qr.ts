import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The first inline PNG of a previewed letter's HTML (a data: URI), decoded as a QR code. */
export function inlineQr(html: string): string | undefined {
  const data = /<img src="data:image\/png;base64,([^"]+)"/.exec(html)?.[1];
  if (!data) return undefined;
  const image = PNG.sync.read(Buffer.from(data, 'base64'));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
