import { generateFairKeyPair, signTicket, TICKET_CODE_PREFIX, verifyTicket } from './ticket-signer';

const keys = generateFairKeyPair();
const payload = {
  fairId: '0b6a1f3e-4c2d-4e8a-9f10-2a3b4c5d6e7f',
  ticketId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  initials: 'NVA',
  expiresAt: Date.UTC(2025, 9, 15, 10) / 1000,
};
const during = new Date(Date.UTC(2025, 9, 12, 2));

function flipByte(code: string, index: number): string {
  const bytes = Buffer.from(code.slice(TICKET_CODE_PREFIX.length), 'base64url');
  bytes[index] ^= 0x01;
  return TICKET_CODE_PREFIX + bytes.toString('base64url');
}

describe('ticket signer', () => {
  const code = signTicket(payload, keys.privateKey);

  it('produces a short code that verifies offline with the public key', () => {
    expect(keys.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(code.startsWith('HC1.')).toBe(true);
    expect(code.length).toBeLessThanOrEqual(150);
    expect(verifyTicket(code, keys.publicKey, during)).toEqual({ valid: true, payload });
  });

  it('is valid through its expiry second and expired after', () => {
    const at = (seconds: number) => new Date(seconds * 1000);
    expect(verifyTicket(code, keys.publicKey, at(payload.expiresAt)).valid).toBe(true);
    expect(verifyTicket(code, keys.publicKey, at(payload.expiresAt + 1))).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it.each([
    ['fair id', 0],
    ['ticket id', 20],
    ['expiry', 33],
    ['initials', 38],
    ['signature', 60],
  ])('detects a flipped byte in the %s', (_part, index) => {
    expect(verifyTicket(flipByte(code, index), keys.publicKey, during)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a ticket signed with another key', () => {
    const forged = signTicket(payload, generateFairKeyPair().privateKey);
    expect(verifyTicket(forged, keys.publicKey, during)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('does not let a forger extend an expired ticket', () => {
    const late = new Date((payload.expiresAt + 3600) * 1000);
    const bytes = Buffer.from(code.slice(4), 'base64url');
    bytes.writeUInt32BE(payload.expiresAt + 86_400, 32);
    const extended = TICKET_CODE_PREFIX + bytes.toString('base64url');
    expect(verifyTicket(extended, keys.publicKey, late)).toMatchObject({ reason: 'bad_signature' });
  });

  it.each([
    ['', 'empty'],
    ['https://example.com', 'another QR'],
    ['HC2.', 'another version'],
    ['HC1.not base64!', 'bad characters'],
    ['HC1.AAAA', 'too short'],
  ])('calls %p malformed (%s)', (scanned) => {
    expect(verifyTicket(scanned, keys.publicKey, during)).toEqual({
      valid: false,
      reason: 'malformed',
    });
  });

  it('refuses a key that is not a raw Ed25519 key', () => {
    expect(() => signTicket(payload, 'c2hvcnQ')).toThrow('private key');
    expect(() => verifyTicket(code, 'c2hvcnQ', during)).toThrow('public key');
  });
});
