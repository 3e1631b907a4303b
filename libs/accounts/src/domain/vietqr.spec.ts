import { decodeVietQr, napasBank, NAPAS_BANKS, vietQrPayload } from './vietqr';

describe('VietQR payloads', () => {
  const vcb = NAPAS_BANKS.find((b) => b.code === 'VCB')!;

  it('lists NAPAS members with their BINs', () => {
    expect(vcb.bin).toBe('970436');
    expect(napasBank('970436')?.shortName).toBe(vcb.shortName);
    expect(NAPAS_BANKS.length).toBeGreaterThan(40);
    expect(new Set(NAPAS_BANKS.map((b) => b.bin)).size).toBe(NAPAS_BANKS.length);
  });

  it('decodes back to the bank, account, amount and reference, with a valid CRC', () => {
    const payload = vietQrPayload({
      bin: vcb.bin,
      accountNumber: '0011004123456',
      amount: 6_000_000n,
      purpose: 'HC-3F2A9B10C4',
    });
    expect(payload.startsWith('000201010212')).toBe(true); // dynamic: amount inside
    const decoded = decodeVietQr(payload);
    expect(decoded).toMatchObject({
      valid: true,
      bin: '970436',
      accountNumber: '0011004123456',
      amount: '6000000',
      purpose: 'HC-3F2A9B10C4',
    });
    expect(payload.slice(-8, -4)).toBe('6304');
    expect(decoded.crc).toBe(payload.slice(-4));
  });

  it('a payload altered by one character fails its CRC', () => {
    const payload = vietQrPayload({
      bin: vcb.bin,
      accountNumber: '123',
      amount: '1000',
      purpose: 'HC-0000000001',
    });
    const altered = payload.replace('1000', '9000');
    expect(decodeVietQr(altered).valid).toBe(false);
  });

  it('a code without amount is static (payer types it)', () => {
    const payload = vietQrPayload({ bin: vcb.bin, accountNumber: '123' });
    expect(payload.startsWith('000201010211')).toBe(true);
    expect(decodeVietQr(payload).amount).toBeFalsy();
  });
});
