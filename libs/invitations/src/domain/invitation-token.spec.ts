import { createHash } from 'node:crypto';
import {
  constantTimeEquals,
  generateInvitationToken,
  generateInvitationTokens,
  hashInvitationToken,
  invitationTokenMatches,
  isWellFormedInvitationToken,
} from './invitation-token';

describe('invitation token', () => {
  it('is 32 random bytes in base64url and stored as its SHA-256', () => {
    const { token, hash } = generateInvitationToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isWellFormedInvitationToken(token)).toBe(true);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(generateInvitationToken().token).not.toBe(token);
  });

  it('draws many distinct well-formed tokens at once', () => {
    const many = generateInvitationTokens(1000);
    expect(new Set(many.map((t) => t.token)).size).toBe(1000);
    for (const { token, hash } of many.slice(0, 50)) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(hash).toBe(hashInvitationToken(token));
    }
  });

  it('matches only its own hash', () => {
    const { token, hash } = generateInvitationToken();
    expect(invitationTokenMatches(token, hash)).toBe(true);
    expect(invitationTokenMatches(generateInvitationToken().token, hash)).toBe(false);
    expect(invitationTokenMatches(token, hashInvitationToken(token).slice(1))).toBe(false);
  });

  it('rejects junk before any lookup', () => {
    expect(isWellFormedInvitationToken('abc')).toBe(false);
    expect(isWellFormedInvitationToken(`${'a'.repeat(42)}=`)).toBe(false);
  });

  it('compares strings of different lengths without throwing', () => {
    expect(constantTimeEquals('abc', 'abcd')).toBe(false);
    expect(constantTimeEquals('abc', 'abc')).toBe(true);
  });
});
