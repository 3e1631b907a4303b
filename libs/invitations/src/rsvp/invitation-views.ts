import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@hoicho/platform';
import { preferredLanguage, ticketQrSvg } from '../domain';
import { gateDays, GateSettingsService } from '../check-in/gate-settings.service';
import { FairDirectory, FairInfo } from '../common/fair-info';
import { InvitationTokens } from '../common/invitation-tokens';
import { invitationNotFound } from '../invitations.errors';
import { TicketsService } from '../tickets/tickets.service';
import { InvitationViewDto } from './dto/rsvp.dto';
import { InvitationRepository, LinkedInvitation } from './invitation.repository';

/** An invitation behind a personal link, and what its page shows. */
@Injectable()
export class InvitationViews {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly tokens: InvitationTokens,
    private readonly fairs: FairDirectory,
    private readonly tickets: TicketsService,
    private readonly gates: GateSettingsService,
    private readonly clock: Clock,
  ) {}

  /** The invitation a token opens (looked up only by its hash); 404 for any other. */
  async find(manager: EntityManager, token: string, lock: boolean): Promise<LinkedInvitation> {
    const hash = this.tokens.lookupHash(token);
    const found = hash && (await this.invitations.findByTokenHash(manager, hash, lock));
    if (!found) throw invitationNotFound();
    return found;
  }

  async view(manager: EntityManager, row: LinkedInvitation): Promise<InvitationViewDto> {
    const fair = await this.fairs.get(row.fairId);
    const language = preferredLanguage({
      language: row.language ?? undefined,
      country: row.country ?? undefined,
    });
    const ticket = await this.tickets.activeForInvitation(manager, row.id);
    const code = ticket ? await this.tickets.codeOf(ticket, manager) : null;
    return {
      invitationId: row.id,
      name: row.name,
      language,
      fair: {
        id: fair.id,
        name: fair.names[language],
        venueName: fair.venueName,
        venueAddress: fair.venueAddress,
        mapUrl: fair.mapUrl,
        days: fair.days,
      },
      rsvpStatus: row.rsvpStatus,
      guests: row.guests,
      maxGuests: row.maxGuests,
      canAnswer: this.canAnswer(row, fair),
      answeredAt: row.answeredAt,
      ticket:
        ticket && code
          ? {
              id: ticket.id,
              code,
              qrSvg: await ticketQrSvg(code),
              // Once on each of these days, from `entryFrom` to closing.
              days: gateDays(await this.gates.rules(fair)),
            }
          : null,
    };
  }

  /** A first answer until the fair ends, a change until it opens. */
  private canAnswer(row: Pick<LinkedInvitation, 'rsvpStatus'>, fair: FairInfo): boolean {
    const deadline = row.rsvpStatus === 'pending' ? fair.endsAt : fair.startsAt;
    return !!deadline && this.clock.now() < deadline;
  }
}
