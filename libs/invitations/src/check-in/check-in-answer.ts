import { checkInMessage, type CheckInOutcome } from '../domain';
import { CheckInResultDto } from './dto/check-in.dto';

/** What the gate screen shows for an outcome, in the operator's language. */
export function checkInAnswer(outcome: CheckInOutcome, locale: 'vi' | 'en'): CheckInResultDto {
  const message = checkInMessage(outcome, locale);
  const base = { result: outcome.result, message, duplicate: false, conflict: false };
  switch (outcome.result) {
    case 'admitted':
      return {
        ...base,
        ticketId: outcome.ticketId,
        initials: outcome.initials,
        guests: outcome.guests,
        day: outcome.day,
      };
    case 'already_admitted':
      return {
        ...base,
        ticketId: outcome.ticketId,
        admittedAt: new Date(outcome.at).toISOString(),
        gate: outcome.gate,
        day: outcome.day,
      };
    case 'not_valid_today':
      return { ...base, ticketId: outcome.ticketId, days: [...outcome.days] };
    case 'revoked':
    case 'wrong_fair':
      return { ...base, ticketId: outcome.ticketId };
    case 'invalid':
      return { ...base, reason: outcome.reason };
  }
}
