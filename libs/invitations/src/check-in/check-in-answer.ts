import { checkInMessage, type CheckInOutcome } from '../domain';
import { CheckInResultDto } from './dto/check-in.dto';

/** What the gate screen shows for an outcome, in the operator's language. */
export function checkInAnswer(outcome: CheckInOutcome, locale: 'vi' | 'en'): CheckInResultDto {
  const message = checkInMessage(outcome, locale);
  switch (outcome.result) {
    case 'admitted':
      return {
        result: outcome.result,
        message,
        ticketId: outcome.ticketId,
        initials: outcome.initials,
        guests: outcome.guests,
        duplicate: false,
      };
    case 'already_admitted':
      return {
        result: outcome.result,
        message,
        ticketId: outcome.ticketId,
        admittedAt: new Date(outcome.at).toISOString(),
        gate: outcome.gate,
        duplicate: false,
      };
    case 'revoked':
    case 'wrong_fair':
      return { result: outcome.result, message, ticketId: outcome.ticketId, duplicate: false };
    case 'invalid':
      return { result: outcome.result, message, reason: outcome.reason, duplicate: false };
  }
}
