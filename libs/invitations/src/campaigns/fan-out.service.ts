import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bulkSuppressedSql, MailHold, OutboxService } from '@hoicho/notifications';
import { TransactionRunner, Tx, uuidV7s } from '@hoicho/platform';
import { InvitationTokens } from '../common/invitation-tokens';
import { TicketsService } from '../tickets/tickets.service';
import { audiencePages } from './audience-pages';
import { Campaign } from './campaign.entity';
import { CampaignLetters } from './campaign-letters';
import { AudienceRow, PAGE, PARALLEL_PAGES, pipelined, progressMarker } from './fan-out-pages';
import { invitationMailKey, LetterBuilder } from './invitation-mail';
import { ReminderFanOutService } from './reminder-fan-out.service';

/** A visitor of the page and whether the address is on the suppression list. */
interface InviteeRow extends AudienceRow {
  suppressed: boolean;
}

/**
 * Turns a campaign into outbox messages (a reminder: ReminderFanOutService). Each page of
 * visitors is one transaction: invitations inserted with ON CONFLICT DO NOTHING on (campaign,
 * visitor), and a message recorded only for the rows that insert made, with the dedupe key
 * `invitation:<id>`. A crashed or repeated fan-out therefore picks up where it stopped and
 * never sends twice; addresses on the suppression list are skipped and counted.
 */
@Injectable()
export class FanOutService {
  private readonly logger = new Logger(FanOutService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly letters: CampaignLetters,
    private readonly tickets: TicketsService,
    private readonly tokens: InvitationTokens,
    private readonly reminders: ReminderFanOutService,
  ) {}

  async run(job: { campaignId: string; reminderId?: string }): Promise<void> {
    if (job.reminderId) await this.reminders.remind(job.campaignId, job.reminderId);
    else await this.invite(job.campaignId);
  }

  async invite(campaignId: string): Promise<void> {
    const claimed: Campaign[] = (
      await this.dataSource.query(
        `UPDATE campaigns SET status = 'sending', fan_out_started_at = now(), updated_at = now()
          WHERE id = $1 AND kind = 'invitation'
            AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at <= now() + interval '1 second'))
          RETURNING id`,
        [campaignId],
      )
    )[0];
    if (claimed.length === 0) return;
    const campaign = await this.dataSource
      .getRepository(Campaign)
      .findOneByOrFail({ id: campaignId });
    const started = Date.now();
    const { fair, letters } = await this.letters.for(campaign, {
      subject: { vi: campaign.subjectVi, en: campaign.subjectEn },
      body: { vi: campaign.bodyVi, en: campaign.bodyEn },
    });

    let suppressed = 0;
    let invited = 0;
    const touch = progressMarker(this.dataSource, 'campaigns', campaign.id);
    // The campaign's mail waits until every invitation is recorded.
    await this.outbox.holding((hold) =>
      pipelined<string>(
        audiencePages(this.dataSource, campaign, PAGE),
        async (ids) => {
          // Visitors deleted since their id was read are simply not there any more.
          const rows: InviteeRow[] = await this.dataSource.query(
            `SELECT v.id, v.email::text AS email, v.name, v.organisation, v.language, v.country,
                  ${bulkSuppressedSql('v.email')} AS suppressed
             FROM visitors v WHERE v.id = ANY($1::uuid[]) AND v.organising_body_id = $2`,
            [ids, campaign.organisingBodyId],
          );
          const outcome = await this.transactions.run((tx) =>
            this.invitePage(tx, campaign, fair.endsAt, letters, rows, hold),
          );
          suppressed += outcome.suppressed;
          invited += outcome.invited;
          await touch();
        },
        PARALLEL_PAGES,
      ),
    );

    await this.dataSource.query(
      `UPDATE campaigns
          SET status = 'sent', fan_out_finished_at = now(), updated_at = now(), suppressed_count = $2,
              invited_count = (SELECT count(*) FROM invitations WHERE campaign_id = $1)
        WHERE id = $1 AND status = 'sending'`,
      [campaign.id, suppressed],
    );
    this.logger.log(
      `campaign ${campaign.id}: ${invited} invitation(s) recorded, ${suppressed} suppressed, in ${Date.now() - started} ms`,
    );
  }

  private async invitePage(
    tx: Tx,
    campaign: Campaign,
    fairEndsAt: Date,
    letters: LetterBuilder,
    rows: InviteeRow[],
    hold: MailHold,
  ): Promise<{ invited: number; suppressed: number }> {
    const { manager } = tx;
    const suppressed = rows.filter((row) => row.suppressed).length;
    const invitees = rows.filter((row) => !row.suppressed);
    const ids = uuidV7s(invitees.length);
    const tokens = this.tokens.issueMany(ids);
    const eligible = invitees.map((visitor, i) => ({ visitor, id: ids[i], ...tokens[i] }));
    if (eligible.length === 0) return { invited: 0, suppressed };

    const status = campaign.preAccepted ? 'accepted' : 'pending';
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO invitations (id, visitor_id, token_hash, token_sealed, campaign_id,
                                organising_body_id, fair_id, rsvp_status, answered_at)
       SELECT u.id, u.visitor_id, u.token_hash, u.token_sealed, $5, $6, $7, $8,
              CASE WHEN $8 = 'pending' THEN NULL ELSE now() END
         FROM unnest($1::uuid[], $2::uuid[], $3::bytea[], $4::text[]) AS u(id, visitor_id, token_hash, token_sealed)
       ON CONFLICT (campaign_id, visitor_id) DO NOTHING
       RETURNING id`,
      [
        eligible.map((e) => e.id),
        eligible.map((e) => e.visitor.id),
        eligible.map((e) => e.hash),
        eligible.map((e) => e.sealed),
        campaign.id,
        campaign.organisingBodyId,
        campaign.fairId,
        status,
      ],
    );
    const made = new Set(inserted.map((row) => row.id));
    const fresh = eligible.filter((e) => made.has(e.id));

    const codes = new Map<string, string>();
    if (campaign.preAccepted && fresh.length > 0) {
      const issued = await this.tickets.issueMany(
        manager,
        fresh.map((e) => ({
          fairId: campaign.fairId,
          organisingBodyId: campaign.organisingBodyId,
          invitationId: e.id,
          visitorId: e.visitor.id,
          holderName: e.visitor.name,
          guests: 0,
          expiresAt: fairEndsAt,
        })),
      );
      fresh.forEach((e, index) => codes.set(e.id, issued[index].code));
    }

    await this.outbox.recordMany(
      tx,
      fresh.map((e) =>
        letters.letter(
          { ...e.visitor, invitationId: e.id, token: e.token },
          'invitation',
          { status, guests: 0 },
          codes.get(e.id) ?? null,
          invitationMailKey(e.id),
        ),
      ),
      hold,
    );
    return { invited: fresh.length, suppressed };
  }
}
