import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, TransactionRunner, Tx } from '@hoicho/platform';
import { REMINDER_AUDIENCES, type VisitorLanguage } from '../domain';
import { FairDirectory, requireDays } from '../common/fair-info';
import { InvitationTokens } from '../common/invitation-tokens';
import { suppressedAmong } from '../common/suppression-lookup';
import { TicketsService } from '../tickets/tickets.service';
import { Campaign, CampaignReminder } from './campaign.entity';
import { CampaignTexts } from './campaign-text';
import { audiencePages } from './audience-pages';
import { addressOf, LetterBuilder } from './invitation-mail';

/** Visitors (or invitations) per transaction: one multi-row insert and one addBulk each. */
const PAGE = 2000;
/** Pages in flight at once: reading the next page overlaps writing the previous ones. */
const PARALLEL_PAGES = 6;
const TOUCH_EVERY_MS = 1000;

interface AudienceRow {
  id: string;
  email: string;
  name: string;
  organisation: string | null;
  language: VisitorLanguage | null;
  country: string | null;
}

interface ReminderRow extends AudienceRow {
  invitation_id: string;
  token_sealed: string;
  rsvp_status: 'pending' | 'accepted' | 'declined';
  guests: number;
  ticket_id: string | null;
  ticket_fair_id: string | null;
  initials: string | null;
  expires_at: Date | null;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** Runs `work` on each page `next` yields, at most `limit` at a time, in order of reading. */
async function pipelined<T>(
  next: () => Promise<T[] | undefined>,
  work: (page: T[]) => Promise<void>,
  limit: number,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for (let page = await next(); page; page = await next()) {
    const task: Promise<void> = work(page)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => running.delete(task));
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
    if (failure) break;
  }
  await Promise.all(running);
  if (failure) throw failure;
}

/**
 * Turns a campaign (or a reminder) into outbox messages. Each page of visitors is one
 * transaction: invitations inserted with ON CONFLICT DO NOTHING on (campaign, visitor), and a
 * message recorded only for the rows that insert made, with the dedupe key
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
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    private readonly tickets: TicketsService,
    private readonly tokens: InvitationTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(job: { campaignId: string; reminderId?: string }): Promise<void> {
    if (job.reminderId) await this.remind(job.campaignId, job.reminderId);
    else await this.invite(job.campaignId);
  }

  private async builder(campaign: Campaign, texts: CampaignTexts) {
    const fair = requireDays(await this.fairs.get(campaign.fairId));
    const body = await this.bodies.get(campaign.organisingBodyId);
    return {
      fair,
      letters: new LetterBuilder(
        {
          fair,
          body,
          publicUrl: this.config.publicUrl,
          fallbackEmail: addressOf(this.config.smtp.from),
          campaignId: campaign.id,
        },
        texts,
      ),
    };
  }

  /**
   * Progress keeps the sweep away (outside the page transactions: no lock on the row). Once a
   * second is plenty for a sweep that waits OUTBOX_GRACE_MS, and parallel pages do not queue
   * on the row.
   */
  private progress(table: 'campaigns' | 'campaign_reminders', id: string): () => Promise<void> {
    let last = 0;
    return async () => {
      if (Date.now() - last < TOUCH_EVERY_MS) return;
      last = Date.now();
      await this.dataSource.query(`UPDATE ${table} SET updated_at = now() WHERE id = $1`, [id]);
    };
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
    const { fair, letters } = await this.builder(campaign, {
      subject: { vi: campaign.subjectVi, en: campaign.subjectEn },
      body: { vi: campaign.bodyVi, en: campaign.bodyEn },
    });

    let suppressed = 0;
    let invited = 0;
    const touch = this.progress('campaigns', campaign.id);
    await pipelined<string>(
      audiencePages(this.dataSource, campaign, PAGE),
      async (ids) => {
        // Visitors deleted since their id was read are simply not there any more.
        const rows: AudienceRow[] = await this.dataSource.query(
          `SELECT v.id, v.email::text AS email, v.name, v.organisation, v.language, v.country
             FROM visitors v WHERE v.id = ANY($1::uuid[]) AND v.organising_body_id = $2`,
          [ids, campaign.organisingBodyId],
        );
        const outcome = await this.transactions.run((tx) =>
          this.invitePage(tx, campaign, fair.endsAt, letters, rows),
        );
        suppressed += outcome.suppressed;
        invited += outcome.invited;
        await touch();
      },
      PARALLEL_PAGES,
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
    rows: AudienceRow[],
  ): Promise<{ invited: number; suppressed: number }> {
    const { manager } = tx;
    const blocked = await suppressedAmong(
      manager,
      rows.map((r) => r.email),
    );
    const eligible = rows
      .filter((row) => !blocked.has(row.email.toLowerCase()))
      .map((visitor) => {
        const id = randomUUID();
        return { visitor, id, ...this.tokens.issue(id) };
      });
    if (eligible.length === 0) return { invited: 0, suppressed: rows.length };

    const status = campaign.preAccepted ? 'accepted' : 'pending';
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO invitations (id, visitor_id, token_hash, token_sealed, campaign_id,
                                organising_body_id, fair_id, rsvp_status, answered_at)
       SELECT u.id, u.visitor_id, u.token_hash, u.token_sealed, $5, $6, $7, $8,
              CASE WHEN $8 = 'pending' THEN NULL ELSE now() END
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(id, visitor_id, token_hash, token_sealed)
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
          `invitation:${e.id}`,
        ),
      ),
    );
    return { invited: fresh.length, suppressed: blocked.size };
  }

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
    const { letters } = await this.builder(campaign, {
      subject: { vi: reminder.subjectVi, en: reminder.subjectEn },
      body: { vi: reminder.bodyVi, en: reminder.bodyEn },
    });
    const criteria = REMINDER_AUDIENCES[reminder.audience];

    let after = NIL_UUID;
    const touch = this.progress('campaign_reminders', reminderId);
    let sent = 0;
    let suppressed = 0;
    await pipelined<ReminderRow>(
      async () => {
        const rows: ReminderRow[] = await this.dataSource.query(
          `SELECT i.id AS invitation_id, i.token_sealed, i.rsvp_status, i.guests,
                  v.id, v.email::text AS email, v.name, v.organisation, v.language, v.country,
                  t.id AS ticket_id, t.fair_id AS ticket_fair_id, t.initials, t.expires_at
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
          this.remindPage(tx, reminderId, letters, rows),
        );
        sent += outcome.sent;
        suppressed += outcome.suppressed;
        await touch();
      },
      PARALLEL_PAGES,
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
  ): Promise<{ sent: number; suppressed: number }> {
    const blocked = await suppressedAmong(
      tx.manager,
      rows.map((r) => r.email),
    );
    const eligible = rows.filter((row) => !blocked.has(row.email.toLowerCase()));
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
    );
    return { sent: created.length, suppressed: blocked.size };
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
