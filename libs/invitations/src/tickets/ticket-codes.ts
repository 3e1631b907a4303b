import { signTicket, TICKET_CODE_PREFIX, unpackTicketPayload, type TicketPayload } from '../domain';

const SIGNATURE_BYTES = 64;

/** The signed code of a ticket row: Ed25519 is deterministic, so re-signing gives the same code. */
export function ticketCode(
  ticket: { id: string; fairId: string; initials: string; expiresAt: Date },
  privateKey: string,
): string {
  const payload: TicketPayload = {
    fairId: ticket.fairId,
    ticketId: ticket.id,
    initials: ticket.initials,
    expiresAt: Math.floor(ticket.expiresAt.getTime() / 1000),
  };
  return signTicket(payload, privateKey);
}

/**
 * Which fair a code claims to be for, read before verification so the right public key can
 * check it. Nothing in it is trusted until verifyTicket has passed.
 */
export function claimedFairId(code: string): string | undefined {
  if (typeof code !== 'string' || !code.startsWith(TICKET_CODE_PREFIX)) return undefined;
  const bytes = Buffer.from(code.slice(TICKET_CODE_PREFIX.length), 'base64url');
  if (bytes.length <= SIGNATURE_BYTES) return undefined;
  return unpackTicketPayload(bytes.subarray(0, bytes.length - SIGNATURE_BYTES))?.fairId;
}
