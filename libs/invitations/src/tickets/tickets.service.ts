import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { holderInitials } from '../domain';
import { FairKeysService } from './fair-keys.service';
import { ticketCode } from './ticket-codes';
import { Ticket } from './ticket.entity';
import { TicketRepository } from './ticket.repository';

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

/** Issues tickets and signs their codes; other areas and the RSVP use it. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly tickets: TicketRepository,
    private readonly keys: FairKeysService,
  ) {}

  /** Issues tickets in the caller's transaction; the rows and their codes, in input order. */
  async issueMany(
    manager: EntityManager,
    tickets: readonly IssueTicket[],
  ): Promise<IssuedTicket[]> {
    if (tickets.length === 0) return [];
    const ids = tickets.map(() => randomUUID());
    await this.tickets.insertMany(
      manager,
      tickets.map((t, index) => ({
        id: ids[index],
        fairId: t.fairId,
        organisingBodyId: t.organisingBodyId,
        invitationId: t.invitationId,
        visitorId: t.visitorId,
        initials: holderInitials(t.holderName),
        guests: t.guests,
        expiresAt: t.expiresAt,
      })),
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

  activeForInvitation(manager: EntityManager, invitationId: string): Promise<Ticket | null> {
    return this.tickets.findActiveForInvitation(manager, invitationId);
  }

  revokeForInvitation(manager: EntityManager, invitationId: string, reason: string): Promise<void> {
    return this.tickets.revokeForInvitation(manager, invitationId, reason);
  }
}
