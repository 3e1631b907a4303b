import { checkInMessage, classifyScan, type TicketRecord } from './check-in';
import type { TicketVerification } from './ticket-signer';

const fairId = '0b6a1f3e-4c2d-4e8a-9f10-2a3b4c5d6e7f';
const otherFair = '11111111-2222-4333-8444-555555555555';
const ticketId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const valid: TicketVerification = {
  valid: true,
  payload: { fairId, ticketId, initials: 'NVA', expiresAt: 1_760_000_000 },
};
const ticket: TicketRecord = { ticketId, fairId, status: 'active', guests: 2 };

describe('classifyScan', () => {
  it('admits a valid, active, unused ticket', () => {
    const outcome = classifyScan(valid, ticket, fairId);
    expect(outcome).toEqual({ result: 'admitted', ticketId, initials: 'NVA', guests: 2 });
    expect(checkInMessage(outcome, 'vi')).toBe('Mời vào: NVA (+2 khách).');
    expect(checkInMessage(outcome, 'en')).toBe('Admitted: NVA (+2 guests).');
  });

  it('says when and where a used ticket was admitted, in Hà Nội time', () => {
    const used = { ...ticket, admittedAt: new Date('2025-10-10T02:15:00Z'), admittedGate: 'A' };
    const outcome = classifyScan(valid, used, fairId);
    expect(outcome).toEqual({
      result: 'already_admitted',
      ticketId,
      at: used.admittedAt,
      gate: 'A',
    });
    expect(checkInMessage(outcome, 'vi')).toBe('Vé đã được dùng lúc 09:15 10/10/2025 tại cổng A.');
    expect(checkInMessage(outcome, 'en')).toBe(
      'Ticket already used at 09:15 10/10/2025 at gate A.',
    );
  });

  it('puts revoked before already admitted', () => {
    const revoked = { ...ticket, status: 'revoked' as const, admittedAt: new Date() };
    expect(classifyScan(valid, revoked, fairId)).toEqual({ result: 'revoked', ticketId });
  });

  it('refuses a ticket of another fair, whatever the database says', () => {
    expect(classifyScan(valid, ticket, otherFair)).toEqual({ result: 'wrong_fair', ticketId });
    expect(classifyScan(valid, { ...ticket, fairId: otherFair }, fairId)).toMatchObject({
      result: 'wrong_fair',
    });
  });

  it('passes on the verification failure and flags unknown tickets', () => {
    const forged: TicketVerification = { valid: false, reason: 'bad_signature' };
    expect(classifyScan(forged, ticket, fairId)).toEqual({
      result: 'invalid',
      reason: 'bad_signature',
    });
    const unknown = classifyScan(valid, undefined, fairId);
    expect(unknown).toEqual({ result: 'invalid', reason: 'unknown_ticket' });
    expect(checkInMessage(unknown, 'vi')).toBe('Không tìm thấy vé.');
    expect(checkInMessage({ result: 'invalid', reason: 'expired' }, 'en')).toBe(
      'This ticket has expired.',
    );
  });
});
