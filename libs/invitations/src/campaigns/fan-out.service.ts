import { Injectable, Logger } from '@nestjs/common';
import { MailHold, OutboxService } from '@hoicho/notifications';
import { TransactionRunner, Tx, uuidV7s } from '@hoicho/platform';
import { InvitationTokens } from '../common/invitation-tokens';
import { InvitationRepository } from '../rsvp/invitation.repository';
import { TicketsService } from '../tickets/tickets.service';
import { audiencePages } from './audience-pages';
import { AudienceRepository, InviteeRow } from './audience.repository';
import { Campaign } from './campaign.entity';
import { CampaignLetters } from './campaign-letters';
import { CampaignRepository } from './campaign.repository';
import { storedTexts } from './campaign-text';
import { PAGE, PARALLEL_PAGES, pipelined, progressMarker } from './fan-out-pages';
import { invitationMailKey, LetterBuilder } from './invitation-mail';
import { ReminderFanOutService } from './reminder-fan-out.service';

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
    private readonly transactions: TransactionRunner,
    private readonly campaigns: CampaignRepository,
    private readonly audiences: AudienceRepository,
    private readonly invitations: InvitationRepository,
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
    const claimed = await this.transactions.run(({ manager }) =>
      this.campaigns.claimForFanOut(manager, campaignId),
    );
    if (!claimed) return;
    const campaign = (await this.campaigns.findById(campaignId))!;
    const started = Date.now();
    const { fair, letters } = await this.letters.for(campaign, storedTexts(campaign));

    let suppressed = 0;
    let invited = 0;
    const touch = progressMarker(() =>
      this.transactions.run(({ manager }) => this.campaigns.touch(manager, campaign.id)),
    );
    // The campaign's mail waits until every invitation is recorded.
    await this.outbox.holding((hold) =>
      pipelined<string>(
        audiencePages((after, limit) => this.audiences.uninvitedIds(campaign, after, limit), PAGE),
        async (ids) => {
          // Visitors deleted since their id was read are simply not there any more.
          const rows = await this.audiences.invitees(campaign.organisingBodyId, ids);
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

    await this.transactions.run(({ manager }) =>
      this.campaigns.finishFanOut(manager, campaign.id, suppressed),
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
    const made = new Set(
      await this.invitations.insertPage(manager, {
        campaignId: campaign.id,
        organisingBodyId: campaign.organisingBodyId,
        fairId: campaign.fairId,
        status,
        rows: eligible.map((e) => ({
          id: e.id,
          visitorId: e.visitor.id,
          tokenHash: e.hash,
          tokenSealed: e.sealed,
        })),
      }),
    );
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
