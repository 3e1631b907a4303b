import { createHmac } from 'node:crypto';
import {
  emailFromUnsubscribeToken,
  LEGACY_UNSUBSCRIBE_TOKENS_UNTIL,
  maskedEmail,
  unsubscribeToken,
} from './unsubscribe-token';

const SECRET = 'a-test-secret-a-test-secret-0123456789';

describe('unsubscribe tokens', () => {
  it('seal the address: nothing of it shows, and only our secret opens it', () => {
    const token = unsubscribeToken('Lan.Nguyen@Example.VN', SECRET);
    expect(token).toMatch(/^u2\.[\w-]+$/);
    expect(Buffer.from(token.slice(3), 'base64url').toString('latin1')).not.toMatch(/lan|example/i);
    expect(emailFromUnsubscribeToken(token, SECRET)).toBe('lan.nguyen@example.vn');
    expect(emailFromUnsubscribeToken(token, `${SECRET}x`)).toBeUndefined();
    // Two mails to one address carry different links.
    expect(unsubscribeToken('lan@example.vn', SECRET)).not.toBe(
      unsubscribeToken('lan@example.vn', SECRET),
    );
  });

  it('refuse a token altered by one character', () => {
    const token = unsubscribeToken('lan@example.vn', SECRET);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(emailFromUnsubscribeToken(`${token.slice(0, -1)}${last}`, SECRET)).toBeUndefined();
    expect(emailFromUnsubscribeToken('u2.', SECRET)).toBeUndefined();
    expect(emailFromUnsubscribeToken('nonsense', SECRET)).toBeUndefined();
  });

  it('open the first, base64 form until its end date, and not after', () => {
    const email = 'old@example.vn';
    const mac = createHmac('sha256', SECRET)
      .update(`unsubscribe:${email}`)
      .digest('base64url')
      .slice(0, 32);
    const legacy = `${Buffer.from(email).toString('base64url')}.${mac}`;
    const before = new Date(LEGACY_UNSUBSCRIBE_TOKENS_UNTIL.getTime() - 1);
    expect(emailFromUnsubscribeToken(legacy, SECRET, before)).toBe(email);
    expect(
      emailFromUnsubscribeToken(legacy, SECRET, LEGACY_UNSUBSCRIBE_TOKENS_UNTIL),
    ).toBeUndefined();
    expect(emailFromUnsubscribeToken(`${legacy.slice(0, -1)}x`, SECRET, before)).toBeUndefined();
  });

  it('mask an address for the page', () => {
    expect(maskedEmail('lan.nguyen@example.vn')).toBe('la•••@example.vn');
    expect(maskedEmail('a@example.vn')).toBe('a•••@example.vn');
  });
});
