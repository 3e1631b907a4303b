import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { AppError, Clock, TransactionRunner, Tx } from '@hoicho/platform';
import { answerRsvp, type RsvpAnswer } from '../domain';
import { FairDirectory, FairInfo, requireDays } from '../common/fair-info';
import { storedTexts } from '../campaigns/campaign-text';
import { TicketRepository } from '../tickets/ticket.repository';
import { TicketsService } from '../tickets/tickets.service';
import { AnswerDto, InvitationViewDto } from './dto/rsvp.dto';
import { InvitationRepository, LinkedInvitation } from './invitation.repository';
import { InvitationViews } from './invitation-views';
import { TicketMail } from './ticket-mail';

/**
 * What a visitor does with the personal link: look at the invitation (the first view marks it
 * opened), accept with guests or decline, and change the answer until the fair opens.
 */
@Injectable()
export class RsvpService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly views: InvitationViews,
    private readonly invitations: InvitationRepository,
    private readonly tickets: TicketsService,
    private readonly ticketRows: TicketRepository,
    private readonly ticketMail: TicketMail,
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    private readonly clock: Clock,
  ) {}

  /** The invitation behind a link; the first view marks it opened. */
  view(token: string): Promise<InvitationViewDto> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.views.find(manager, token, false);
      await this.invitations.markOpened(manager, row.id);
      return this.views.view(manager, row);
    });
  }

  /**
   * Accept (with guests) or decline. The invitation row is locked, so two clicks at once apply
   * one after the other; accepting issues a ticket and emails it, declining revokes it.
   */
  answer(token: string, dto: AnswerDto): Promise<InvitationViewDto> {
    return this.transactions.run(async (tx) => {
      const row = await this.views.find(tx.manager, token, true);
      const fair = requireDays(await this.fairs.get(row.fairId));
      const answer: RsvpAnswer =
        dto.answer === 'accept' ? { kind: 'accept', guests: dto.guests ?? 0 } : { kind: 'decline' };
      const decision = answerRsvp(
        { status: row.rsvpStatus, guests: row.guests, answeredAt: row.answeredAt ?? undefined },
        answer,
        { maxGuests: row.maxGuests, fairStartsAt: fair.startsAt, fairEndsAt: fair.endsAt },
        this.clock.now(),
      );
      if (!decision.ok) {
        if (decision.reason === 'guests_out_of_range') {
          throw AppError.validation([
            { field: 'guests', message: `must be a whole number from 0 to ${row.maxGuests}` },
          ]);
        }
        throw new AppError(
          'conflict',
          'rsvp_closed',
          decision.reason === 'change_closed'
            ? 'The fair has opened: the answer can no longer be changed'
            : 'The fair is over: it takes no more answers',
        );
      }
      if (decision.changed) {
        await this.invitations.recordAnswer(tx.manager, row.id, decision.state);
        Object.assign(row, {
          rsvpStatus: decision.state.status,
          guests: decision.state.guests,
          answeredAt: decision.state.answeredAt,
        });
        if (decision.ticket === 'issue') await this.issueTicket(tx, row, fair, token);
        if (decision.ticket === 'revoke') {
          await this.tickets.revokeForInvitation(tx.manager, row.id, 'declined by the visitor');
        }
        if (decision.ticket === 'keep') {
          await this.ticketRows.setGuestsForInvitation(tx.manager, row.id, row.guests);
        }
      }
      return this.views.view(tx.manager, row);
    });
  }

  private async issueTicket(
    tx: Tx,
    row: LinkedInvitation,
    fair: FairInfo & { endsAt: Date },
    token: string,
  ): Promise<void> {
    const ticket = await this.tickets.issue(tx.manager, {
      fairId: row.fairId,
      organisingBodyId: row.organisingBodyId,
      invitationId: row.id,
      visitorId: row.visitorId,
      holderName: row.name,
      guests: row.guests,
      expiresAt: fair.endsAt,
    });
    await this.ticketMail.record(tx, {
      fair,
      body: await this.bodies.get(row.organisingBodyId),
      campaignId: row.campaignId,
      texts: storedTexts(row),
      recipient: { ...row, invitationId: row.id, token },
      guests: row.guests,
      ticket,
    });
  }
}
