import { Injectable } from '@nestjs/common';
import { AppError, escapeLike, Page, pageOf } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { OutboxRequeue } from '../outbox/outbox-requeue';
import { MESSAGE_STATUSES, MessageStatus } from '../outbox/message-status';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { CampaignTotalsDto, MessageViewDto } from './dto/message-view.dto';
import { MessageQueryDto } from './dto/message-query.dto';

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
    private readonly dataSource: DataSource,
    private readonly requeue: OutboxRequeue,
  ) {}

  async list(bodyId: string | null, query: MessageQueryDto): Promise<Page<MessageViewDto>> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m');
    if (bodyId) qb.where('m.organising_body_id = :bodyId', { bodyId });
    else qb.where('m.organising_body_id IS NULL');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.campaignId)
      qb.andWhere('m.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.recipient)
      qb.andWhere('m.recipient ILIKE :recipient', {
        recipient: `%${escapeLike(query.recipient)}%`,
      });
    const [rows, total] = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(rows.map(view), total, query);
  }

  /**
   * How many of a campaign's messages whose dedupe key starts with `keyPrefix` the mail server
   * accepted: a campaign's invitations apart from its reminders and tickets.
   */
  async sentCount(bodyId: string, campaignId: string, keyPrefix: string): Promise<number> {
    const [{ sent }] = await this.dataSource.query(
      `SELECT count(*)::int AS sent FROM outbox_messages
        WHERE campaign_id = $1 AND organising_body_id = $2 AND status = 'sent'
          AND dedupe_key LIKE $3`,
      [campaignId, bodyId, `${escapeLike(keyPrefix)}%`],
    );
    return sent;
  }

  async totals(bodyId: string, campaignId?: string): Promise<CampaignTotalsDto[]> {
    const rows: { campaign_id: string | null; status: MessageStatus; count: string }[] =
      await this.dataSource.query(
        `SELECT campaign_id, status, count(*) AS count FROM outbox_messages
        WHERE organising_body_id = $1 AND ($2::uuid IS NULL OR campaign_id = $2)
        GROUP BY campaign_id, status`,
        [bodyId, campaignId ?? null],
      );
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
    const rows: OutboxMessage[] = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: MessageStatus.Queued, attempts: 0, nextAttemptAt: null, lastError: null })
      .where('id = :messageId AND status = :failed', { messageId, failed: MessageStatus.Failed })
      .andWhere(bodyId ? 'organising_body_id = :bodyId' : 'organising_body_id IS NULL', { bodyId })
      .returning('*')
      .execute()
      .then((r) => r.raw);
    if (!rows.length) {
      const exists = await this.dataSource
        .getRepository(OutboxMessage)
        .findOneBy({ id: messageId, ...(bodyId ? { organisingBodyId: bodyId } : {}) });
      if (!exists || (bodyId === null && exists.organisingBodyId !== null))
        throw AppError.notFound('Message');
      throw new AppError(
        'conflict',
        'message_not_failed',
        `Only a failed message can be re-sent; this one is ${exists.status}`,
      );
    }
    await this.requeue.requeue([messageId]);
    const message = await this.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ id: messageId });
    return view(message);
  }
}
