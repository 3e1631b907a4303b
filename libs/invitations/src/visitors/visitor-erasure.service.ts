import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { OutboxService } from '@hoicho/notifications';
import { VisitorsService } from './visitors.service';

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
    private readonly visitors: VisitorsService,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  async erase(user: AuthUser, visitorId: string): Promise<void> {
    const visitor = await this.visitors.load(user, visitorId);
    await this.transactions.run(async (tx) => {
      const { manager } = tx;
      // The same lock as every writer of the body's list (imports, registration, edits).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('visitors:' || $1::text))`, [
        visitor.organisingBodyId,
      ]);
      // Lock order as an RSVP answer takes them (its invitation, then the visitor through the
      // ticket's foreign key): an answer in flight finishes first and its ticket is revoked
      // below; a fan-out inserting for this visitor waits, then finds it gone.
      await manager.query('SELECT id FROM invitations WHERE visitor_id = $1 FOR UPDATE', [
        visitorId,
      ]);
      const locked: unknown[] = await manager.query(
        'SELECT id FROM visitors WHERE id = $1 FOR UPDATE',
        [visitorId],
      );
      if (locked.length === 0) throw AppError.notFound('Visitor'); // deleted meanwhile
      // An UPDATE answers [rows, count].
      const [tickets] = (await manager.query(
        `UPDATE tickets
            SET status = 'revoked', initials = '',
                revoked_at = coalesce(revoked_at, now()),
                revoked_reason = coalesce(revoked_reason, $2)
          WHERE visitor_id = $1
          RETURNING id`,
        [visitorId, ERASED_TICKET_REASON],
      )) as [{ id: string }[], number];
      if (tickets.length > 0) await this.eraseInitialsFromGateLog(manager, tickets);
      await manager.query('DELETE FROM visitors WHERE id = $1', [visitorId]);
      await this.outbox.forgetRecipient(tx, visitor.organisingBodyId, visitor.email);
    });
  }

  /**
   * An admission's logged answer shows the holder's initials ("Mời vào: NVA (+2 khách).");
   * the log keeps the result and time, not who.
   */
  private async eraseInitialsFromGateLog(
    manager: EntityManager,
    tickets: { id: string }[],
  ): Promise<void> {
    await manager.query(
      `UPDATE gate_scans
          SET answer = (answer - 'initials') || jsonb_build_object('message',
                replace(answer->>'message', ': ' || (answer->>'initials'), ': —'))
        WHERE ticket_id = ANY($1::uuid[]) AND answer ? 'initials'`,
      [tickets.map((t) => t.id)],
    );
  }
}
