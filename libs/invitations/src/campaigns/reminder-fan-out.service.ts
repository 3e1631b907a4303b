import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailHold, OutboxService } from '@hoicho/notifications';
import { TransactionRunner, Tx } from '@hoicho/platform';
import { REMINDER_AUDIENCES } from '../domain';
import { InvitationTokens } from '../common/invitation-tokens';
import { InvitationRepository, ReminderRow } from '../rsvp/invitation.repository';
import { TicketsService } from '../tickets/tickets.service';
import { NIL_UUID } from './audience-pages';
import { CampaignLetters } from './campaign-letters';
import { CampaignRepository } from './campaign.repository';
import { storedTexts } from './campaign-text';
import { PAGE, PARALLEL_PAGES, pipelined, progressMarker } from './fan-out-pages';
import { LetterBuilder } from './invitation-mail';
import { ReminderRepository } from './reminder.repository';

/**
 * Turns a reminder into outbox messages for the campaign's invitations in the answer states
 * it selects, with the same link (the sealed token) and ticket as before; dedupe key
 * `reminder:<reminderId>:<invitationId>`, so a repeated fan-out never reminds twice.
 */
@Injectable()
export class ReminderFanOutService {
  private readonly logger = new Logger(ReminderFanOutService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly campaigns: CampaignRepository,
    private readonly reminders: ReminderRepository,
    private readonly invitations: InvitationRepository,
    private readonly outbox: OutboxService,
    private readonly letters: CampaignLetters,
    private readonly tickets: TicketsService,
    private readonly tokens: InvitationTokens,
  ) {}

  async remind(campaignId: string, reminderId: string): Promise<void> {
    const claimed = await this.transactions.run(({ manager }) =>
      this.reminders.claimForFanOut(manager, reminderId, campaignId),
    );
    if (!claimed) return;
    const reminder = (await this.reminders.findById(reminderId))!;
    const campaign = (await this.campaigns.findById(campaignId))!;
    const { letters } = await this.letters.for(campaign, storedTexts(reminder));
    const criteria = REMINDER_AUDIENCES[reminder.audience];

    let after = NIL_UUID;
    const touch = progressMarker(() =>
      this.transactions.run(({ manager }) => this.reminders.touch(manager, reminderId)),
    );
    let sent = 0;
    let suppressed = 0;
    await this.outbox.holding((hold) =>
      pipelined<ReminderRow>(
        async () => {
          const rows = await this.invitations.reminderPage(campaignId, criteria, after, PAGE);
          if (rows.length === 0) return undefined;
          after = rows[rows.length - 1].invitationId;
          return rows;
        },
        async (rows) => {
          const outcome = await this.transactions.run((tx) =>
            this.remindPage(tx, reminderId, letters, rows, hold),
          );
          sent += outcome.sent;
          suppressed += outcome.suppressed;
          await touch();
        },
        PARALLEL_PAGES,
      ),
    );
    await this.transactions.run(({ manager }) =>
      this.reminders.finishFanOut(manager, reminderId, sent, suppressed),
    );
    this.logger.log(
      `reminder ${reminderId}: ${sent} message(s) recorded, ${suppressed} suppressed`,
    );
  }

  private async remindPage(
    tx: Tx,
    reminderId: string,
    letters: LetterBuilder,
    rows: ReminderRow[],
    hold: MailHold,
  ): Promise<{ sent: number; suppressed: number }> {
    const eligible = rows.filter((row) => !row.suppressed);
    const codes = await this.codesFor(tx.manager, eligible);
    await this.outbox.recordMany(
      tx,
      eligible.map((row) =>
        letters.letter(
          {
            ...row,
            invitationId: row.invitationId,
            token: this.tokens.open(row.invitationId, row.tokenSealed),
          },
          'reminder',
          { status: row.rsvpStatus, guests: row.guests },
          codes.get(row.invitationId) ?? null,
          `reminder:${reminderId}:${row.invitationId}`,
        ),
      ),
      hold,
    );
    // Every eligible row has its one message (the dedupe key), recorded now or by an earlier
    // attempt (the sweep restarts a fan-out that looked stalled, maybe while it still runs):
    // counting them all lets whichever attempt finishes report the whole audience.
    return { sent: eligible.length, suppressed: rows.length - eligible.length };
  }

  /** The codes of the active tickets among the rows (re-signed: the same code as before). */
  private async codesFor(
    manager: EntityManager,
    rows: ReminderRow[],
  ): Promise<Map<string, string>> {
    const codes = new Map<string, string>();
    for (const row of rows) {
      if (!row.ticketId || !row.ticketFairId || row.initials === null || !row.expiresAt) continue;
      codes.set(
        row.invitationId,
        await this.tickets.codeOf(
          {
            id: row.ticketId,
            fairId: row.ticketFairId,
            initials: row.initials,
            expiresAt: new Date(row.expiresAt),
          },
          manager,
        ),
      );
    }
    return codes;
  }
}
