import { Inject, Injectable } from '@nestjs/common';
import { OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, Tx } from '@hoicho/platform';
import { FairInfo } from '../common/fair-info';
import { CampaignTexts } from '../campaigns/campaign-text';
import {
  addressOf,
  LetterContext,
  LetterRecipient,
  LetterBuilder,
} from '../campaigns/invitation-mail';
import { IssuedTicket } from '../tickets/tickets.service';

/** A ticket's email: who gets it, for which fair and list, with which texts. */
export interface TicketLetter {
  fair: FairInfo;
  body: LetterContext['body'];
  campaignId: string;
  texts: CampaignTexts;
  recipient: LetterRecipient;
  guests: number;
  ticket: IssuedTicket;
}

/** Records the email that carries a new ticket (after an acceptance or a registration). */
@Injectable()
export class TicketMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the caller's transaction, with the dedupe key `ticket:<ticketId>`. */
  async record(tx: Tx, letter: TicketLetter): Promise<void> {
    const letters = new LetterBuilder(
      {
        fair: letter.fair,
        body: letter.body,
        publicUrl: this.config.publicUrl,
        fallbackEmail: addressOf(this.config.smtp.from),
        campaignId: letter.campaignId,
      },
      letter.texts,
    );
    await this.outbox.record(
      tx,
      letters.letter(
        letter.recipient,
        'ticket',
        { status: 'accepted', guests: letter.guests },
        letter.ticket.code,
        `ticket:${letter.ticket.id}`,
      ),
    );
  }
}
