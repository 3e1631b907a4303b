import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import {
  generateInvitationTokens,
  hashInvitationToken,
  isWellFormedInvitationToken,
} from '../domain';

export interface NewInvitationToken {
  token: string;
  hash: Buffer;
  sealed: string;
}

/**
 * Invitation link tokens: 256 random bits, looked up by their SHA-256 hash. A sealed copy lets
 * a reminder carry the same link: the token XOR a pad that is HMAC-SHA256 of the invitation id
 * under a key derived from APP_SECRET. Each invitation id has its own pad and is sealed once,
 * so the copy reveals nothing without the secret; a database dump alone opens no invitation.
 * (One HMAC per invitation: an AES-GCM seal costs several times more in a 100,000-row fan-out.)
 */
@Injectable()
export class InvitationTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(
      hkdfSync('sha256', config.secret, 'hoicho:sealed-box', 'invitation-token', 32),
    );
  }

  private pad(invitationId: string): Buffer {
    return createHmac('sha256', this.key).update(invitationId).digest();
  }

  private xor(bytes: Buffer, invitationId: string): Buffer {
    const pad = this.pad(invitationId);
    const out = Buffer.allocUnsafe(bytes.length);
    for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] ^ pad[i % pad.length];
    return out;
  }

  issue(invitationId: string): NewInvitationToken {
    return this.issueMany([invitationId])[0];
  }

  issueMany(invitationIds: string[]): NewInvitationToken[] {
    return generateInvitationTokens(invitationIds.length).map(({ token, hash }, i) => ({
      token,
      hash,
      sealed: this.xor(Buffer.from(token, 'base64url'), invitationIds[i]).toString('base64url'),
    }));
  }

  open(invitationId: string, sealed: string): string {
    return this.xor(Buffer.from(sealed, 'base64url'), invitationId).toString('base64url');
  }

  /** The hash to look a presented token up by, or undefined for junk. */
  lookupHash(token: string): Buffer | undefined {
    return isWellFormedInvitationToken(token) ? hashInvitationToken(token) : undefined;
  }
}
