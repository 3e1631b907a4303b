import { formatFairDate } from './gate-day';
import { formatHcmTime } from '@hoicho/platform/domain';
import type { TicketVerification } from './ticket-verification';
import type { VisitorLanguage } from './visitor';

/** The ticket as the database (or a gate's local copy) knows it, on the day being scanned. */
export interface TicketRecord {
  ticketId: string;
  fairId: string;
  status: 'active' | 'revoked';
  guests: number;
  /** When and where it was admitted on the day being scanned, if it was. */
  admittedAt?: Date | null;
  admittedGate?: string | null;
}

/** Where a scan happens: the gate's fair, the fair day now open (if any) and all its days. */
export interface GateContext {
  fairId: string;
  /** The fair day whose gate window holds the scan (admissionDay), undefined outside them. */
  day: string | undefined;
  /** Every date of the fair, YYYY-MM-DD, sorted. */
  days: readonly string[];
}

export type InvalidScanReason = 'malformed' | 'bad_signature' | 'expired' | 'unknown_ticket';

export type CheckInOutcome =
  | { result: 'admitted'; ticketId: string; initials: string; guests: number; day: string }
  | { result: 'already_admitted'; ticketId: string; at: Date; gate: string; day: string }
  | { result: 'not_valid_today'; ticketId: string; days: readonly string[] }
  | { result: 'revoked'; ticketId: string }
  | { result: 'wrong_fair'; ticketId: string }
  | { result: 'invalid'; reason: InvalidScanReason };

/**
 * What the gate should answer for a scanned code. `admitted` means "may be admitted": the
 * service records the admission with a conditional insert (only if not yet admitted that day)
 * and, if it loses a race, reloads the ticket and classifies again to get `already_admitted`.
 * `ticket` is undefined when no ticket with the payload's id exists. A ticket admits once on
 * each day of its fair and on no other day.
 */
export function classifyScan(
  verification: TicketVerification,
  ticket: TicketRecord | undefined,
  gate: GateContext,
): CheckInOutcome {
  if (!verification.valid) return { result: 'invalid', reason: verification.reason };
  const { payload } = verification;
  if (payload.fairId !== gate.fairId) return { result: 'wrong_fair', ticketId: payload.ticketId };
  if (!ticket) return { result: 'invalid', reason: 'unknown_ticket' };
  if (ticket.fairId !== gate.fairId) return { result: 'wrong_fair', ticketId: ticket.ticketId };
  if (ticket.status === 'revoked') return { result: 'revoked', ticketId: ticket.ticketId };
  if (!gate.day) return { result: 'not_valid_today', ticketId: ticket.ticketId, days: gate.days };
  if (ticket.admittedAt) {
    return {
      result: 'already_admitted',
      ticketId: ticket.ticketId,
      at: ticket.admittedAt,
      gate: ticket.admittedGate ?? '?',
      day: gate.day,
    };
  }
  return {
    result: 'admitted',
    ticketId: ticket.ticketId,
    initials: payload.initials,
    guests: ticket.guests,
    day: gate.day,
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
      const day = formatFairDate(outcome.day);
      return vi
        ? `Mời vào: ${outcome.initials}${party}. Vé ngày ${day}.`
        : `Admitted: ${outcome.initials}${party}. Valid for ${day}.`;
    }
    case 'already_admitted': {
      const when = formatHcmTime(outcome.at);
      return vi
        ? `Đã vào hôm nay tại cổng ${outcome.gate} lúc ${when}.`
        : `Already admitted today at gate ${outcome.gate} at ${when}.`;
    }
    case 'not_valid_today': {
      const days = outcome.days.map(formatFairDate).join(', ');
      return vi
        ? `Vé không có giá trị hôm nay. Ngày hội chợ: ${days}.`
        : `Not valid today. Fair days: ${days}.`;
    }
    case 'revoked':
      return vi ? 'Vé đã bị huỷ.' : 'This ticket has been cancelled.';
    case 'wrong_fair':
      return vi ? 'Vé của hội chợ khác.' : 'This ticket is for another fair.';
    case 'invalid':
      return INVALID_TEXT[outcome.reason][language];
  }
}
