import { checkInMessage, classifyScan, type GateContext, type TicketRecord } from './check-in';
import type { TicketVerification } from './ticket-signer';

const fairId = '0b6a1f3e-4c2d-4e8a-9f10-2a3b4c5d6e7f';
const otherFair = '11111111-2222-4333-8444-555555555555';
const ticketId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const valid: TicketVerification = {
  valid: true,
  payload: { fairId, ticketId, initials: 'NVA', expiresAt: 1_760_000_000 },
};
const ticket: TicketRecord = { ticketId, fairId, status: 'active', guests: 2 };
const days = ['2025-10-10', '2025-10-11'];
const gate: GateContext = { fairId, day: '2025-10-11', days };
const otherGate: GateContext = { ...gate, fairId: otherFair };

describe('classifyScan', () => {
  it('admits a valid, active ticket not yet used today, naming the day', () => {
    const outcome = classifyScan(valid, ticket, gate);
    expect(outcome).toEqual({
      result: 'admitted',
      ticketId,
      initials: 'NVA',
      guests: 2,
      day: '2025-10-11',
    });
    expect(checkInMessage(outcome, 'vi')).toBe('Mời vào: NVA (+2 khách). Vé ngày 11/10/2025.');
    expect(checkInMessage(outcome, 'en')).toBe('Admitted: NVA (+2 guests). Valid for 11/10/2025.');
  });

  it('says where and when a ticket was admitted today, in Hà Nội time', () => {
    const used = { ...ticket, admittedAt: new Date('2025-10-11T02:15:00Z'), admittedGate: 'A' };
    const outcome = classifyScan(valid, used, gate);
    expect(outcome).toEqual({
      result: 'already_admitted',
      ticketId,
      at: used.admittedAt,
      gate: 'A',
      day: '2025-10-11',
    });
    expect(checkInMessage(outcome, 'vi')).toBe('Đã vào hôm nay tại cổng A lúc 09:15.');
    expect(checkInMessage(outcome, 'en')).toBe('Already admitted today at gate A at 09:15.');
  });

  it('refuses a genuine ticket outside the fair’s days and lists them', () => {
    const outcome = classifyScan(valid, ticket, { ...gate, day: undefined });
    expect(outcome).toEqual({ result: 'not_valid_today', ticketId, days });
    expect(checkInMessage(outcome, 'vi')).toBe(
      'Vé không có giá trị hôm nay. Ngày hội chợ: 10/10/2025, 11/10/2025.',
    );
    expect(checkInMessage(outcome, 'en')).toBe(
      'Not valid today. Fair days: 10/10/2025, 11/10/2025.',
    );
  });

  it('puts revoked before already admitted and before the day', () => {
    const revoked = { ...ticket, status: 'revoked' as const, admittedAt: new Date() };
    expect(classifyScan(valid, revoked, gate)).toEqual({ result: 'revoked', ticketId });
    expect(classifyScan(valid, revoked, { ...gate, day: undefined })).toEqual({
      result: 'revoked',
      ticketId,
    });
  });

  it('refuses a ticket of another fair, whatever the database says', () => {
    expect(classifyScan(valid, ticket, otherGate)).toEqual({ result: 'wrong_fair', ticketId });
    expect(classifyScan(valid, { ...ticket, fairId: otherFair }, gate)).toMatchObject({
      result: 'wrong_fair',
    });
  });

  it('passes on the verification failure and flags unknown tickets', () => {
    const forged: TicketVerification = { valid: false, reason: 'bad_signature' };
    expect(classifyScan(forged, ticket, gate)).toEqual({
      result: 'invalid',
      reason: 'bad_signature',
    });
    const unknown = classifyScan(valid, undefined, gate);
    expect(unknown).toEqual({ result: 'invalid', reason: 'unknown_ticket' });
    expect(checkInMessage(unknown, 'vi')).toBe('Không tìm thấy vé.');
    expect(checkInMessage({ result: 'invalid', reason: 'expired' }, 'en')).toBe(
      'This ticket has expired.',
    );
  });
});
