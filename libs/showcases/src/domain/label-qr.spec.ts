import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { labelQr, labelQrPng } from './label-qr';

const url = 'https://hoicho.example.vn/san-pham/binh-gom-men-ran-bat-trang';

describe('label QR', () => {
  it('renders a PNG that decodes to the product URL', async () => {
    const png = PNG.sync.read(await labelQrPng(url, 4));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url);
  });

  it('draws the SVG path as one rectangle per run of dark modules', () => {
    const { size, path } = labelQr(url);
    expect(size).toBeGreaterThanOrEqual(21);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    // The top-left finder pattern starts with a run of seven dark modules.
    expect(path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });

  it('refuses anything but an http(s) URL', () => {
    expect(() => labelQr('javascript:alert(1)')).toThrow('http(s) URL');
    expect(() => labelQr('not a url')).toThrow('http(s) URL');
  });
});
