import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { OutboxService } from '@hoicho/notifications';
import { InvitationsAccess } from '../access/invitations-access';
import { GateScanRepository } from '../check-in/gate-scan.repository';
import { InvitationRepository } from '../rsvp/invitation.repository';
import { TicketRepository } from '../tickets/ticket.repository';
import { VisitorRepository } from './visitor.repository';

export const ERASED_TICKET_REASON = 'the visitor was deleted';

/**
 * Deletes a visitor at an organiser's request (typically the person asking to be forgotten):
 * the row with every personal field goes, while what the fair's figures are made of stays as
 * anonymous rows. Their invitations keep their answer and timestamps (the campaign funnel) and
 * their tickets and check-ins stay (admissions per gate and hour); the database nulls the link
 * to the visitor (ON DELETE SET NULL). Their tickets are revoked first, so the gate answers
 * "revoked" and the offline revocation list carries them; the database refuses a live ticket
 * without a holder. The initials a ticket carried are erased from it and from the gate log.
 *
 * The body's emails to the address that are still waiting are not sent, and its delivery log
 * forgets the address and the emails' personal data (OutboxService.forgetRecipient). Not
 * erased: the suppression list, which must keep an unsubscribed address to honour it if the
 * person is imported again.
 */
@Injectable()
export class VisitorErasureService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly visitors: VisitorRepository,
    private readonly invitations: InvitationRepository,
    private readonly tickets: TicketRepository,
    private readonly gateScans: GateScanRepository,
    private readonly outbox: OutboxService,
  ) {}

  async erase(user: AuthUser, visitorId: string): Promise<void> {
    const visitor = await this.access.visitor(user, visitorId);
    await this.transactions.run(async (tx) => {
      const { manager } = tx;
      // The same lock as every writer of the body's list (imports, registration, edits).
      await this.visitors.lockList(manager, visitor.organisingBodyId);
      // Lock order as an RSVP answer takes them (its invitation, then the visitor through the
      // ticket's foreign key): an answer in flight finishes first and its ticket is revoked
      // below; a fan-out inserting for this visitor waits, then finds it gone.
      await this.invitations.lockForVisitor(manager, visitorId);
      if (!(await this.visitors.lockForDelete(manager, visitorId))) {
        throw AppError.notFound('Visitor'); // deleted meanwhile
      }
      const tickets = await this.tickets.revokeAndAnonymiseForVisitor(
        manager,
        visitorId,
        ERASED_TICKET_REASON,
      );
      // An admission's logged answer shows the holder's initials ("Mời vào: NVA (+2 khách).").
      if (tickets.length > 0) await this.gateScans.eraseInitials(manager, tickets);
      await this.visitors.delete(manager, visitorId);
      await this.outbox.forgetRecipient(tx, visitor.organisingBodyId, visitor.email);
    });
  }
}
