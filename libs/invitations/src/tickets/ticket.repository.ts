import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Ticket } from './ticket.entity';

export type NewTicket = Pick<
  Ticket,
  | 'id'
  | 'fairId'
  | 'organisingBodyId'
  | 'invitationId'
  | 'visitorId'
  | 'initials'
  | 'guests'
  | 'expiresAt'
>;

/** A ticket as a gate sees it: its state and, once admitted, when and where. */
export interface ScannedTicket {
  ticketId: string;
  fairId: string;
  status: 'active' | 'revoked';
  guests: number;
  admittedAt: Date | null;
  admittedGate: string | null;
}

/** Admission rights, one active per invitation (`tickets`). */
@Injectable()
export class TicketRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, tickets: readonly NewTicket[]): Promise<void> {
    if (tickets.length === 0) return;
    await manager.query(
      `INSERT INTO tickets (id, fair_id, organising_body_id, invitation_id, visitor_id, initials, guests, expires_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::smallint[], $8::timestamptz[])`,
      [
        tickets.map((t) => t.id),
        tickets.map((t) => t.fairId),
        tickets.map((t) => t.organisingBodyId),
        tickets.map((t) => t.invitationId),
        tickets.map((t) => t.visitorId),
        tickets.map((t) => t.initials),
        tickets.map((t) => t.guests),
        tickets.map((t) => t.expiresAt.toISOString()),
      ],
    );
  }

  findActiveForInvitation(manager: EntityManager, invitationId: string): Promise<Ticket | null> {
    return manager.getRepository(Ticket).findOneBy({ invitationId, status: 'active' });
  }

  findInFair(fairId: string, id: string): Promise<Ticket | null> {
    return this.dataSource.getRepository(Ticket).findOneBy({ id, fairId });
  }

  /** The ticket with its admission, if any, in the caller's transaction. */
  async findScanned(
    manager: EntityManager,
    id: string,
    fairDay: string | undefined,
  ): Promise<ScannedTicket | undefined> {
    const [row]: ScannedTicket[] = await manager.query(
      `SELECT t.id AS "ticketId", t.fair_id AS "fairId", t.status, t.guests,
              c.admitted_at AS "admittedAt", c.gate AS "admittedGate"
         FROM tickets t LEFT JOIN check_ins c ON c.ticket_id = t.id AND c.fair_day = $2
        WHERE t.id = $1`,
      [id, fairDay ?? null],
    );
    return row;
  }

  /** The guests of the invitation's active ticket follow a changed answer. */
  async setGuestsForInvitation(
    manager: EntityManager,
    invitationId: string,
    guests: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE tickets SET guests = $2 WHERE invitation_id = $1 AND status = 'active'`,
      [invitationId, guests],
    );
  }

  async revokeForInvitation(
    manager: EntityManager,
    invitationId: string,
    reason: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE tickets SET status = 'revoked', revoked_at = now(), revoked_reason = $2
        WHERE invitation_id = $1 AND status = 'active'`,
      [invitationId, reason],
    );
  }

  /** Revokes an active ticket; a revoked one keeps its first reason. Answers the row after. */
  async revoke(manager: EntityManager, id: string, reason: string): Promise<Ticket> {
    await manager.query(
      `UPDATE tickets SET status = 'revoked', revoked_at = now(), revoked_reason = $2
        WHERE id = $1 AND status = 'active'`,
      [id, reason],
    );
    return manager.getRepository(Ticket).findOneByOrFail({ id });
  }

  /**
   * Every ticket of a deleted visitor: revoked (keeping an earlier revocation's time and
   * reason) and without initials. Answers their ids.
   */
  async revokeAndAnonymiseForVisitor(
    manager: EntityManager,
    visitorId: string,
    reason: string,
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE tickets
          SET status = 'revoked', initials = '',
              revoked_at = coalesce(revoked_at, now()),
              revoked_reason = coalesce(revoked_reason, $2)
        WHERE visitor_id = $1
        RETURNING id`,
      [visitorId, reason],
    );
    return rows.map((row) => row.id);
  }

  /** The fair's revoked tickets, for gate devices that work offline. */
  async revokedIds(fairId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM tickets WHERE fair_id = $1 AND status = 'revoked' ORDER BY id`,
      [fairId],
    );
    return rows.map((r) => r.id);
  }

  /** Active tickets of the fair that bring guests: a gate offline shows the party's size. */
  guestsOf(fairId: string): Promise<{ ticketId: string; guests: number }[]> {
    return this.dataSource.query(
      `SELECT id AS "ticketId", guests FROM tickets
        WHERE fair_id = $1 AND status = 'active' AND guests > 0 ORDER BY id`,
      [fairId],
    );
  }
}
