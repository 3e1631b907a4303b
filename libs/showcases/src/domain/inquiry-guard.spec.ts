import { checkInquirySubmission, issueFormToken } from './inquiry-guard';

const secret = 'a-test-secret-that-is-long-enough-0123';
const served = new Date('2025-10-10T02:00:00Z');
const later = (seconds: number) => new Date(served.getTime() + seconds * 1000);

describe('inquiry guard', () => {
  const token = issueFormToken(secret, served);

  it('accepts a form filled by a person and returns its nonce', () => {
    const check = checkInquirySubmission({ token, honeypot: '' }, secret, later(40));
    expect(check).toEqual({ ok: true, nonce: token.split('.')[1] });
  });

  it('turns away a filled honeypot', () => {
    expect(checkInquirySubmission({ token, honeypot: 'http://spam' }, secret, later(40))).toEqual({
      ok: false,
      reason: 'honeypot',
    });
  });

  it('turns away posts faster than a person and stale pages', () => {
    expect(checkInquirySubmission({ token }, secret, later(1))).toMatchObject({
      reason: 'too_fast',
    });
    expect(checkInquirySubmission({ token }, secret, later(-60))).toMatchObject({
      reason: 'too_fast',
    });
    expect(checkInquirySubmission({ token }, secret, later(121 * 60))).toMatchObject({
      reason: 'expired',
    });
    expect(
      checkInquirySubmission({ token }, secret, later(10), { minAgeSeconds: 15, maxAgeMinutes: 5 }),
    ).toMatchObject({ reason: 'too_fast' });
  });

  it('detects a forged or altered token', () => {
    const [issuedAt, nonce, mac] = token.split('.');
    const backdated = `${Number(issuedAt) - 30}.${nonce}.${mac}`;
    expect(checkInquirySubmission({ token: backdated }, secret, later(40))).toMatchObject({
      reason: 'bad_signature',
    });
    const other = issueFormToken(`${secret}-other`, served);
    expect(checkInquirySubmission({ token: other }, secret, later(40))).toMatchObject({
      reason: 'bad_signature',
    });
  });

  it('calls a missing or mangled token malformed', () => {
    expect(checkInquirySubmission({}, secret, later(40))).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(checkInquirySubmission({ token: 'abc' }, secret, later(40))).toMatchObject({
      reason: 'malformed',
    });
  });

  it('refuses a short secret', () => {
    expect(() => issueFormToken('short', served)).toThrow('at least 32 characters');
  });
});
