/*
 * The shapes of a verified ticket, apart from the code that signs and checks it (node:crypto on
 * the server, WebCrypto on a gate device), so both sides share them.
 */

/** What a ticket QR says, readable offline: no name, no email, only initials. */
export interface TicketPayload {
  fairId: string;
  ticketId: string;
  /** Holder's initials, A–Z and 0–9, at most MAX_INITIALS: "NVA" for Nguyễn Văn An. */
  initials: string;
  /** Unix seconds after which the gate refuses the ticket. */
  expiresAt: number;
}

export type TicketVerification =
  | { valid: true; payload: TicketPayload }
  | { valid: false; reason: 'malformed' | 'bad_signature' | 'expired' };
