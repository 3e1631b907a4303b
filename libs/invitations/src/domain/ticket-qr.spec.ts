import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { generateFairKeyPair, signTicket } from './ticket-signer';
import { ticketQrPng, ticketQrSvg } from './ticket-qr';

describe('ticket QR', () => {
  const code = signTicket(
    {
      fairId: '0b6a1f3e-4c2d-4e8a-9f10-2a3b4c5d6e7f',
      ticketId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
      initials: 'DTA',
      expiresAt: 1_760_000_000,
    },
    generateFairKeyPair().privateKey,
  );

  it('renders a PNG that decodes to the exact code', async () => {
    const png = PNG.sync.read(await ticketQrPng(code, 4));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(code);
  });

  it('renders an SVG', async () => {
    const svg = await ticketQrSvg(code);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
  });
});
