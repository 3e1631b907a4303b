import { Injectable } from '@nestjs/common';
import { AppError, Page, pageOf } from '@hoicho/platform';
import { OutboxRequeue } from '../outbox/outbox-requeue';
import { MESSAGE_STATUSES } from '../outbox/message-status';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { CampaignTotalsDto, MessageViewDto } from './dto/message-view.dto';
import { MessageQueryDto } from './dto/message-query.dto';
import { DeliveryLogRepository } from './delivery-log.repository';

function view(m: OutboxMessage): MessageViewDto {
  return {
    id: m.id,
    recipient: m.recipient,
    template: m.template,
    locale: m.locale,
    status: m.status,
    attempts: m.attempts,
    campaignId: m.campaignId,
    smtpResponse: m.smtpResponse,
    lastError: m.lastError,
    createdAt: m.createdAt,
    lastAttemptAt: m.lastAttemptAt,
    nextAttemptAt: m.nextAttemptAt,
    sentAt: m.sentAt,
  };
}

/** What an organiser sees of the mail of one organising body (null: the platform's own mail). */
@Injectable()
export class DeliveryLogService {
  constructor(
    private readonly log: DeliveryLogRepository,
    private readonly requeue: OutboxRequeue,
  ) {}

  async list(bodyId: string | null, query: MessageQueryDto): Promise<Page<MessageViewDto>> {
    const [rows, total] = await this.log.page(bodyId, query, query.page, query.pageSize);
    return pageOf(rows.map(view), total, query);
  }

  /**
   * How many of a campaign's messages whose dedupe key starts with `keyPrefix` the mail server
   * accepted: a campaign's invitations apart from its reminders and tickets.
   */
  async sentCount(bodyId: string, campaignId: string, keyPrefix: string): Promise<number> {
    return this.log.sentCount(bodyId, campaignId, keyPrefix);
  }

  async totals(bodyId: string, campaignId?: string): Promise<CampaignTotalsDto[]> {
    const rows = await this.log.countByCampaignAndStatus(bodyId, campaignId);
    const byCampaign = new Map<string | null, CampaignTotalsDto>();
    for (const row of rows) {
      let totals = byCampaign.get(row.campaign_id);
      if (!totals) {
        totals = {
          campaignId: row.campaign_id,
          total: 0,
          ...Object.fromEntries(MESSAGE_STATUSES.map((s) => [s, 0])),
        } as CampaignTotalsDto;
        byCampaign.set(row.campaign_id, totals);
      }
      totals[row.status] = Number(row.count);
      totals.total += Number(row.count);
    }
    return [...byCampaign.values()];
  }

  /** Sends a failed message again: same row, same Message-ID, attempts start over. */
  async resend(bodyId: string | null, messageId: string): Promise<MessageViewDto> {
    if (!(await this.log.resetFailed(bodyId, messageId))) {
      const exists = await this.log.findOne(messageId, bodyId);
      if (!exists || (bodyId === null && exists.organisingBodyId !== null))
        throw AppError.notFound('Message');
      throw new AppError(
        'conflict',
        'message_not_failed',
        `Only a failed message can be re-sent; this one is ${exists.status}`,
      );
    }
    await this.requeue.requeue([messageId]);
    return view((await this.log.findOne(messageId, null))!);
  }
}
