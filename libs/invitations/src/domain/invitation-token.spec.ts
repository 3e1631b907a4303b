import { createHash } from 'node:crypto';
import {
  generateInvitationTokens,
  INVITATION_TOKEN_LENGTH,
  hashInvitationToken,
  isWellFormedInvitationToken,
} from './invitation-token';

describe('invitation token', () => {
  it('is 32 random bytes in base64url and stored as its SHA-256', () => {
    const [{ token, hash }, next] = generateInvitationTokens(2);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).toHaveLength(INVITATION_TOKEN_LENGTH);
    expect(isWellFormedInvitationToken(token)).toBe(true);
    expect(hash).toEqual(createHash('sha256').update(token).digest());
    expect(next.token).not.toBe(token);
  });

  it('draws many distinct well-formed tokens at once', () => {
    const many = generateInvitationTokens(1000);
    expect(new Set(many.map((t) => t.token)).size).toBe(1000);
    for (const { token, hash } of many.slice(0, 50)) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(hash).toEqual(hashInvitationToken(token));
    }
  });

  it('rejects junk before any lookup', () => {
    expect(isWellFormedInvitationToken('abc')).toBe(false);
    expect(isWellFormedInvitationToken(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
