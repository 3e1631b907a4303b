import { formatHcmDateTime } from './hcm-time';
import type { TicketVerification } from './ticket-signer';
import type { VisitorLanguage } from './visitor';

/** The ticket as the database (or a gate's local copy) knows it. */
export interface TicketRecord {
  ticketId: string;
  fairId: string;
  status: 'active' | 'revoked';
  guests: number;
  admittedAt?: Date | null;
  admittedGate?: string | null;
}

export type InvalidScanReason = 'malformed' | 'bad_signature' | 'expired' | 'unknown_ticket';

export type CheckInOutcome =
  | { result: 'admitted'; ticketId: string; initials: string; guests: number }
  | { result: 'already_admitted'; ticketId: string; at: Date; gate: string }
  | { result: 'revoked'; ticketId: string }
  | { result: 'wrong_fair'; ticketId: string }
  | { result: 'invalid'; reason: InvalidScanReason };

/**
 * What the gate should answer for a scanned code. `admitted` means "may be admitted": the
 * service records the admission with a conditional update (only if not yet admitted) and, if
 * that update loses a race, reloads the ticket and classifies again to get `already_admitted`.
 * `ticket` is undefined when no ticket with the payload's id exists.
 */
export function classifyScan(
  verification: TicketVerification,
  ticket: TicketRecord | undefined,
  gateFairId: string,
): CheckInOutcome {
  if (!verification.valid) return { result: 'invalid', reason: verification.reason };
  const { payload } = verification;
  if (payload.fairId !== gateFairId) return { result: 'wrong_fair', ticketId: payload.ticketId };
  if (!ticket) return { result: 'invalid', reason: 'unknown_ticket' };
  if (ticket.fairId !== gateFairId) return { result: 'wrong_fair', ticketId: ticket.ticketId };
  if (ticket.status === 'revoked') return { result: 'revoked', ticketId: ticket.ticketId };
  if (ticket.admittedAt) {
    return {
      result: 'already_admitted',
      ticketId: ticket.ticketId,
      at: ticket.admittedAt,
      gate: ticket.admittedGate ?? '?',
    };
  }
  return {
    result: 'admitted',
    ticketId: ticket.ticketId,
    initials: payload.initials,
    guests: ticket.guests,
  };
}

const INVALID_TEXT: Record<InvalidScanReason, Record<VisitorLanguage, string>> = {
  malformed: { vi: 'Mã không phải vé của hội chợ.', en: 'This code is not a fair ticket.' },
  bad_signature: { vi: 'Vé giả hoặc đã bị sửa.', en: 'Forged or altered ticket.' },
  expired: { vi: 'Vé đã hết hạn.', en: 'This ticket has expired.' },
  unknown_ticket: { vi: 'Không tìm thấy vé.', en: 'Ticket not found.' },
};

/** The line the gate screen shows, in the gate operator's language. */
export function checkInMessage(outcome: CheckInOutcome, language: VisitorLanguage): string {
  const vi = language === 'vi';
  switch (outcome.result) {
    case 'admitted': {
      const party =
        outcome.guests > 0
          ? vi
            ? ` (+${outcome.guests} khách)`
            : ` (+${outcome.guests} guests)`
          : '';
      return vi
        ? `Mời vào: ${outcome.initials}${party}.`
        : `Admitted: ${outcome.initials}${party}.`;
    }
    case 'already_admitted': {
      const when = formatHcmDateTime(outcome.at);
      return vi
        ? `Vé đã được dùng lúc ${when} tại cổng ${outcome.gate}.`
        : `Ticket already used at ${when} at gate ${outcome.gate}.`;
    }
    case 'revoked':
      return vi ? 'Vé đã bị huỷ.' : 'This ticket has been cancelled.';
    case 'wrong_fair':
      return vi ? 'Vé của hội chợ khác.' : 'This ticket is for another fair.';
    case 'invalid':
      return INVALID_TEXT[outcome.reason][language];
  }
}
