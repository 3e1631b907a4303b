import { Injectable } from '@nestjs/common';
import { escapeLike } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { MessageStatus } from '../outbox/message-status';
import { OutboxMessage } from '../outbox/outbox-message.entity';

export interface MessageFilters {
  status?: MessageStatus;
  campaignId?: string;
  /** Part of the address, any case. */
  recipient?: string;
}

/** Reads of the outbox for the delivery log, and a failed message's reset (null body: platform mail). */
@Injectable()
export class DeliveryLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page, newest first, and the count of all that match. */
  async page(
    bodyId: string | null,
    filters: MessageFilters,
    page: number,
    pageSize: number,
  ): Promise<[OutboxMessage[], number]> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m');
    if (bodyId) qb.where('m.organising_body_id = :bodyId', { bodyId });
    else qb.where('m.organising_body_id IS NULL');
    if (filters.status) qb.andWhere('m.status = :status', { status: filters.status });
    if (filters.campaignId)
      qb.andWhere('m.campaign_id = :campaignId', { campaignId: filters.campaignId });
    if (filters.recipient)
      qb.andWhere('m.recipient ILIKE :recipient', {
        recipient: `%${escapeLike(filters.recipient)}%`,
      });
    return qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** How many of a campaign's messages whose dedupe key starts with `keyPrefix` were sent. */
  async sentCount(bodyId: string, campaignId: string, keyPrefix: string): Promise<number> {
    const [{ sent }] = await this.dataSource.query(
      `SELECT count(*)::int AS sent FROM outbox_messages
        WHERE campaign_id = $1 AND organising_body_id = $2 AND status = 'sent'
          AND dedupe_key LIKE $3`,
      [campaignId, bodyId, `${escapeLike(keyPrefix)}%`],
    );
    return sent;
  }

  /** A body's messages counted by campaign (null: none) and status. */
  async countByCampaignAndStatus(
    bodyId: string,
    campaignId?: string,
  ): Promise<{ campaign_id: string | null; status: MessageStatus; count: string }[]> {
    return this.dataSource.query(
      `SELECT campaign_id, status, count(*) AS count FROM outbox_messages
        WHERE organising_body_id = $1 AND ($2::uuid IS NULL OR campaign_id = $2)
        GROUP BY campaign_id, status`,
      [bodyId, campaignId ?? null],
    );
  }

  /** A failed message queued again with its attempts starting over; false if it was not failed. */
  async resetFailed(bodyId: string | null, messageId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: MessageStatus.Queued, attempts: 0, nextAttemptAt: null, lastError: null })
      .where('id = :messageId AND status = :failed', { messageId, failed: MessageStatus.Failed })
      .andWhere(bodyId ? 'organising_body_id = :bodyId' : 'organising_body_id IS NULL', { bodyId })
      .returning('id')
      .execute()
      .then((r) => r.raw);
    return rows.length > 0;
  }

  /** The message, if it is the body's (any body's when `bodyId` is null). */
  findOne(messageId: string, bodyId: string | null): Promise<OutboxMessage | null> {
    return this.dataSource
      .getRepository(OutboxMessage)
      .findOneBy({ id: messageId, ...(bodyId ? { organisingBodyId: bodyId } : {}) });
  }
}
