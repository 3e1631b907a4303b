import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { TICKET_CODE_PREFIX } from '../domain';
import { InvitationsAccess } from '../access/invitations-access';
import { RevokedTicketsDto, TicketDto, TicketKeyDto } from '../check-in/dto/check-in.dto';
import { FairKeysService } from './fair-keys.service';
import { TicketRepository } from './ticket.repository';

const FORMAT =
  'prefix + base64url(payload ‖ Ed25519 signature over prefix ‖ payload); payload = fair id (16 bytes) ‖ ticket id (16) ‖ expiry (uint32 BE, unix s) ‖ initials length (1) ‖ initials (ASCII)';

/** What gates need to check tickets offline (the key, the revoked ones), and revoking one. */
@Injectable()
export class GateTicketsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly tickets: TicketRepository,
    private readonly keys: FairKeysService,
  ) {}

  async key(user: AuthUser, fairId: string): Promise<TicketKeyDto> {
    await this.access.fair(user, fairId);
    const { publicKey } = await this.keys.keyPair(fairId);
    return {
      fairId,
      algorithm: 'Ed25519',
      publicKey,
      codePrefix: TICKET_CODE_PREFIX,
      format: FORMAT,
    };
  }

  async revoked(user: AuthUser, fairId: string): Promise<RevokedTicketsDto> {
    await this.access.fair(user, fairId);
    return { fairId, ticketIds: await this.tickets.revokedIds(fairId) };
  }

  /** Revokes one ticket of a fair; revoking twice is harmless. 404 if the fair has no such ticket. */
  async revoke(
    user: AuthUser,
    fairId: string,
    ticketId: string,
    reason: string | undefined,
  ): Promise<TicketDto> {
    await this.access.fair(user, fairId);
    if (!(await this.tickets.findInFair(fairId, ticketId))) throw AppError.notFound('Ticket');
    const ticket = await this.transactions.run(({ manager }) =>
      this.tickets.revoke(manager, ticketId, reason ?? 'revoked by the organiser'),
    );
    return {
      id: ticket.id,
      fairId: ticket.fairId,
      invitationId: ticket.invitationId,
      initials: ticket.initials,
      guests: ticket.guests,
      status: ticket.status,
      expiresAt: ticket.expiresAt,
      revokedAt: ticket.revokedAt,
      revokedReason: ticket.revokedReason,
    };
  }
}
