import { SealedBox } from './sealed-box';

describe('SealedBox', () => {
  const box = new SealedBox('a-secret-a-secret-a-secret-a-secret-0001', 'fair-ticket-key');

  it('opens what it sealed; each seal differs', () => {
    const sealed = box.seal('private key bytes');
    expect(box.open(sealed)).toBe('private key bytes');
    expect(box.seal('private key bytes')).not.toBe(sealed);
    expect(sealed).not.toContain('private');
  });

  it('refuses another secret, another purpose and a tampered value', () => {
    const sealed = box.seal('x');
    expect(() => new SealedBox('b'.repeat(40), 'fair-ticket-key').open(sealed)).toThrow();
    expect(() =>
      new SealedBox('a-secret-a-secret-a-secret-a-secret-0001', 'other').open(sealed),
    ).toThrow();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[14] ^= 1;
    expect(() => box.open(`v1.${bytes.toString('base64url')}`)).toThrow();
    expect(() => box.open('junk')).toThrow();
  });
});
