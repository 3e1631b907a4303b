import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { bulkSuppressedSql, MailHold, OutboxService } from '@hoicho/notifications';
import { TransactionRunner, Tx } from '@hoicho/platform';
import { REMINDER_AUDIENCES } from '../domain';
import { InvitationTokens } from '../common/invitation-tokens';
import { TicketsService } from '../tickets/tickets.service';
import { Campaign, CampaignReminder } from './campaign.entity';
import { NIL_UUID } from './audience-pages';
import { CampaignLetters } from './campaign-letters';
import { AudienceRow, PAGE, PARALLEL_PAGES, pipelined, progressMarker } from './fan-out-pages';
import { LetterBuilder } from './invitation-mail';

interface ReminderRow extends AudienceRow {
  invitation_id: string;
  token_sealed: string;
  rsvp_status: 'pending' | 'accepted' | 'declined';
  guests: number;
  ticket_id: string | null;
  ticket_fair_id: string | null;
  initials: string | null;
  expires_at: Date | null;
  /** On the suppression list for bulk mail: skipped and counted. */
  suppressed: boolean;
}

/**
 * Turns a reminder into outbox messages for the campaign's invitations in the answer states
 * it selects, with the same link (the sealed token) and ticket as before; dedupe key
 * `reminder:<reminderId>:<invitationId>`, so a repeated fan-out never reminds twice.
 */
@Injectable()
export class ReminderFanOutService {
  private readonly logger = new Logger(ReminderFanOutService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly letters: CampaignLetters,
    private readonly tickets: TicketsService,
    private readonly tokens: InvitationTokens,
  ) {}

  async remind(campaignId: string, reminderId: string): Promise<void> {
    const claimed: unknown[] = (
      await this.dataSource.query(
        `UPDATE campaign_reminders SET status = 'sending', updated_at = now()
          WHERE id = $1 AND campaign_id = $2
            AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at <= now() + interval '1 second'))
          RETURNING id`,
        [reminderId, campaignId],
      )
    )[0];
    if (claimed.length === 0) return;
    const reminder = await this.dataSource
      .getRepository(CampaignReminder)
      .findOneByOrFail({ id: reminderId });
    const campaign = await this.dataSource
      .getRepository(Campaign)
      .findOneByOrFail({ id: campaignId });
    const { letters } = await this.letters.for(campaign, {
      subject: { vi: reminder.subjectVi, en: reminder.subjectEn },
      body: { vi: reminder.bodyVi, en: reminder.bodyEn },
    });
    const criteria = REMINDER_AUDIENCES[reminder.audience];

    let after = NIL_UUID;
    const touch = progressMarker(this.dataSource, 'campaign_reminders', reminderId);
    let sent = 0;
    let suppressed = 0;
    await this.outbox.holding((hold) =>
      pipelined<ReminderRow>(
        async () => {
          const rows: ReminderRow[] = await this.dataSource.query(
            `SELECT i.id AS invitation_id, i.token_sealed, i.rsvp_status, i.guests,
                  v.id, v.email::text AS email, v.name, v.organisation, v.language, v.country,
                  t.id AS ticket_id, t.fair_id AS ticket_fair_id, t.initials, t.expires_at,
                  ${bulkSuppressedSql('v.email')} AS suppressed
             FROM invitations i
             JOIN visitors v ON v.id = i.visitor_id
             LEFT JOIN tickets t ON t.invitation_id = i.id AND t.status = 'active'
            WHERE i.campaign_id = $1 AND i.id > $2 AND i.rsvp_status = ANY($3::text[])
              AND v.consent IS DISTINCT FROM false
              AND ($4::boolean IS NULL OR (i.opened_at IS NOT NULL) = $4)
              AND ($5::boolean IS NULL OR EXISTS (SELECT 1 FROM check_ins c WHERE c.ticket_id = t.id) = $5)
            ORDER BY i.id LIMIT ${PAGE}`,
            [campaignId, after, criteria.rsvp, criteria.opened ?? null, criteria.checkedIn ?? null],
          );
          if (rows.length === 0) return undefined;
          after = rows[rows.length - 1].invitation_id;
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
    await this.dataSource.query(
      `UPDATE campaign_reminders
          SET status = 'sent', fan_out_finished_at = now(), updated_at = now(),
              sent_count = sent_count + $2, suppressed_count = $3
        WHERE id = $1 AND status = 'sending'`,
      [reminderId, sent, suppressed],
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
    const created = await this.outbox.recordMany(
      tx,
      eligible.map((row) =>
        letters.letter(
          {
            ...row,
            invitationId: row.invitation_id,
            token: this.tokens.open(row.invitation_id, row.token_sealed),
          },
          'reminder',
          { status: row.rsvp_status, guests: row.guests },
          codes.get(row.invitation_id) ?? null,
          `reminder:${reminderId}:${row.invitation_id}`,
        ),
      ),
      hold,
    );
    return { sent: created.length, suppressed: rows.length - eligible.length };
  }

  private async codesFor(
    manager: EntityManager,
    rows: ReminderRow[],
  ): Promise<Map<string, string>> {
    const codes = new Map<string, string>();
    for (const row of rows) {
      if (!row.ticket_id || !row.ticket_fair_id || row.initials === null || !row.expires_at)
        continue;
      codes.set(
        row.invitation_id,
        await this.tickets.codeOf(
          {
            id: row.ticket_id,
            fairId: row.ticket_fair_id,
            initials: row.initials,
            expiresAt: new Date(row.expires_at),
          },
          manager,
        ),
      );
    }
    return codes;
  }
}
