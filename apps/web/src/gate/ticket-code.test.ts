import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GateKit } from './gate-db';
import { decideOffline, decider } from './decide';
import { claimedFair, importTicketKey, verifyTicketCode } from './ticket-code';

/*
 * Codes signed as the server signs them (Ed25519 over "HC1." ‖ payload, node:crypto), checked
 * and decided the way the gate phone does offline (WebCrypto, the domain's rules).
 */
const fairId = '0b6a1f3e-4c2d-4e8a-9f10-2a3b4c5d6e7f';
const ticketId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const rawPublicKey = publicKey.export({ format: 'jwk' }).x!;

function code(forFair = fairId, initials = 'NVA', expiresAt = 2_000_000_000): string {
  const hex = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(expiresAt, 0);
  tail.writeUInt8(initials.length, 4);
  const body = Buffer.concat([hex(forFair), hex(ticketId), tail, Buffer.from(initials)]);
  const signature = sign(null, Buffer.concat([Buffer.from('HC1.'), body]), privateKey);
  return `HC1.${Buffer.concat([body, signature]).toString('base64url')}`;
}

const kit = {
  fairId,
  fairName: 'Hội chợ',
  publicKey: rawPublicKey,
  codePrefix: 'HC1.',
  earlyEntryMinutes: 30,
  days: [
    { date: '2027-10-10', opens: '08:00', closes: '21:00', entryFrom: '07:30' },
    { date: '2027-10-11', opens: '08:00', closes: '21:00', entryFrom: '07:30' },
  ],
  revokedTicketIds: [],
  guests: [{ ticketId, guests: 2 }],
  today: null,
  admittedToday: [],
  serverTime: '2027-10-10T01:00:00.000Z',
} as unknown as GateKit;

describe('a ticket code checked on the gate phone', () => {
  it('verifies a genuine code and refuses tampered, malformed and expired ones', async () => {
    const key = await importTicketKey(rawPublicKey);
    const now = new Date('2027-10-10T03:00:00Z');
    const genuine = await verifyTicketCode(code(), key, 'HC1.', now);
    expect(genuine).toEqual({
      valid: true,
      payload: { fairId, ticketId, initials: 'NVA', expiresAt: 2_000_000_000 },
    });
    const bytes = Buffer.from(code().slice(4), 'base64url');
    bytes[20] ^= 1;
    const tampered = `HC1.${bytes.toString('base64url')}`;
    expect(await verifyTicketCode(tampered, key, 'HC1.', now)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    expect(await verifyTicketCode('HC1.@@', key, 'HC1.', now)).toMatchObject({
      reason: 'malformed',
    });
    expect(await verifyTicketCode(code(fairId, 'NVA', 10), key, 'HC1.', now)).toMatchObject({
      reason: 'expired',
    });
    expect(claimedFair(code(), 'HC1.')).toBe(fairId);
  });

  it('decides offline as the server would: day, once a day, party size, wrong fair, revoked', async () => {
    const d = await decider(kit);
    const day1 = new Date('2027-10-10T03:00:00Z');
    const admitted = await decideOffline(d, code(), day1, new Map(), 'vi');
    expect(admitted.answer).toMatchObject({ result: 'admitted', guests: 2, day: '2027-10-10' });
    const seen = new Map([
      [
        ticketId,
        { fairId, day: '2027-10-10', ticketId, gate: 'Cổng A', admittedAt: day1.toISOString() },
      ],
    ]);
    expect((await decideOffline(d, code(), day1, seen, 'vi')).answer.message).toBe(
      'Đã vào hôm nay tại cổng Cổng A lúc 10:00.',
    );
    const before = new Date('2027-10-09T03:00:00Z');
    expect((await decideOffline(d, code(), before, new Map(), 'en')).answer).toMatchObject({
      result: 'not_valid_today',
      days: ['2027-10-10', '2027-10-11'],
    });
    const other = code('11111111-2222-4333-8444-555555555555');
    expect((await decideOffline(d, other, day1, new Map(), 'vi')).answer.result).toBe('wrong_fair');
    const revoked = await decider({ ...kit, revokedTicketIds: [ticketId] });
    expect((await decideOffline(revoked, code(), day1, new Map(), 'vi')).answer.result).toBe(
      'revoked',
    );
  });
});
