import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@hoicho/platform';
import { holderInitials } from '../domain';
import { FairKeysService } from './fair-keys.service';
import { ticketCode } from './ticket-codes';
import { Ticket } from './ticket.entity';

export interface IssueTicket {
  fairId: string;
  organisingBodyId: string;
  invitationId: string;
  visitorId: string;
  holderName: string;
  guests: number;
  /** When gates stop accepting it: the fair's last closing time. */
  expiresAt: Date;
}

export interface IssuedTicket {
  id: string;
  code: string;
}

@Injectable()
export class TicketsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: FairKeysService,
  ) {}

  /** Issues tickets in the caller's transaction; the rows and their codes, in input order. */
  async issueMany(
    manager: EntityManager,
    tickets: readonly IssueTicket[],
  ): Promise<IssuedTicket[]> {
    if (tickets.length === 0) return [];
    const ids = tickets.map(() => randomUUID());
    await manager.query(
      `INSERT INTO tickets (id, fair_id, organising_body_id, invitation_id, visitor_id, initials, guests, expires_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::smallint[], $8::timestamptz[])`,
      [
        ids,
        tickets.map((t) => t.fairId),
        tickets.map((t) => t.organisingBodyId),
        tickets.map((t) => t.invitationId),
        tickets.map((t) => t.visitorId),
        tickets.map((t) => holderInitials(t.holderName)),
        tickets.map((t) => t.guests),
        tickets.map((t) => t.expiresAt.toISOString()),
      ],
    );
    const fairIds = [...new Set(tickets.map((t) => t.fairId))];
    const keys = new Map(
      await Promise.all(
        fairIds.map(async (id) => [id, (await this.keys.keyPair(id, manager)).privateKey] as const),
      ),
    );
    return tickets.map((t, index) => {
      const id = ids[index];
      const code = ticketCode(
        {
          id,
          fairId: t.fairId,
          initials: holderInitials(t.holderName),
          expiresAt: new Date(Math.floor(t.expiresAt.getTime() / 1000) * 1000),
        },
        keys.get(t.fairId)!,
      );
      return { id, code };
    });
  }

  async issue(manager: EntityManager, ticket: IssueTicket): Promise<IssuedTicket> {
    const [issued] = await this.issueMany(manager, [ticket]);
    return issued;
  }

  /** The code of a stored ticket (the same every time). */
  async codeOf(
    ticket: Pick<Ticket, 'id' | 'fairId' | 'initials' | 'expiresAt'>,
    manager?: EntityManager,
  ): Promise<string> {
    const { privateKey } = await this.keys.keyPair(ticket.fairId, manager);
    return ticketCode(ticket, privateKey);
  }

  async activeForInvitation(manager: EntityManager, invitationId: string): Promise<Ticket | null> {
    return manager.getRepository(Ticket).findOneBy({ invitationId, status: 'active' });
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

  /** Revokes one ticket of a fair; revoking twice is harmless. 404 if the fair has no such ticket. */
  async revoke(fairId: string, ticketId: string, reason: string | undefined): Promise<Ticket> {
    const repository = this.dataSource.getRepository(Ticket);
    const ticket = await repository.findOneBy({ id: ticketId, fairId });
    if (!ticket) throw AppError.notFound('Ticket');
    if (ticket.status === 'active') {
      await this.dataSource.query(
        `UPDATE tickets SET status = 'revoked', revoked_at = now(), revoked_reason = $2
          WHERE id = $1 AND status = 'active'`,
        [ticketId, reason ?? 'revoked by the organiser'],
      );
    }
    return repository.findOneByOrFail({ id: ticketId });
  }

  async revokedIds(fairId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM tickets WHERE fair_id = $1 AND status = 'revoked' ORDER BY id`,
      [fairId],
    );
    return rows.map((r) => r.id);
  }
}
