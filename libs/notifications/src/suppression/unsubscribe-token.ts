import { createHmac, timingSafeEqual } from 'node:crypto';

/** A link that proves which address asked to unsubscribe, without a login or a stored token. */
export function unsubscribeToken(email: string, secret: string): string {
  const address = Buffer.from(email.toLowerCase()).toString('base64url');
  const mac = createHmac('sha256', secret)
    .update(`unsubscribe:${email.toLowerCase()}`)
    .digest('base64url')
    .slice(0, 32);
  return `${address}.${mac}`;
}

/** The address a token was made for, or undefined if it was not made with our secret. */
export function emailFromUnsubscribeToken(token: string, secret: string): string | undefined {
  const [address, mac] = token.split('.');
  if (!address || !mac) return undefined;
  const email = Buffer.from(address, 'base64url').toString('utf8');
  const expected = unsubscribeToken(email, secret).split('.')[1];
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, Buffer.from(expected))
    ? email
    : undefined;
}
