import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Authenticated encryption (AES-256-GCM) of small secrets at rest: a fair's private ticket key,
 * an invitation's link token. The key is derived from APP_SECRET with HKDF and a purpose label,
 * so a database dump alone reveals neither, and one purpose's ciphertext cannot be replayed as
 * another's (the purpose is also bound as associated data).
 */
export class SealedBox {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly purpose: string,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'hoicho:sealed-box', purpose, 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(this.purpose, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  /** Throws if the text was not sealed by this box (other secret, other purpose, tampered). */
  open(sealed: string): string {
    const [version, encoded] = sealed.split('.');
    if (version !== VERSION || !encoded) throw new Error('not a sealed value');
    const bytes = Buffer.from(encoded, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(this.purpose, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }
}
