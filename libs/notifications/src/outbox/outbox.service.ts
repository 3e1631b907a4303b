import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, toNfc, Tx } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TEMPLATES } from '../templates/catalogue';
import { TemplateName } from '../templates/template-data.map';
import { MailQueue } from './mail-queue';
import { MessageStatus } from './message-status';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxMessageInput } from './outbox-message.input';

const INSERT_CHUNK = 2000;

/**
 * Domain code records messages inside its own transaction; the ids reach the queue only
 * after that transaction commits. A message whose dedupe key exists is not recorded again.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly mailQueue: MailQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the new message's id, or null when the dedupe key was already used. */
  async record<N extends TemplateName>(tx: Tx, message: OutboxMessageInput<N>): Promise<string | null> {
    const [id] = await this.recordMany(tx, [message]);
    return id ?? null;
  }

  /** Bulk form for campaigns: multi-row inserts, one queue batch after commit. */
  async recordMany(tx: Tx, messages: OutboxMessageInput[]): Promise<string[]> {
    const created: { id: string; sendAfter: Date | null }[] = [];
    for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
      created.push(...(await this.insert(tx.manager, messages.slice(i, i + INSERT_CHUNK))));
    }
    if (created.length) {
      tx.afterCommit(() =>
        this.mailQueue.add(created).catch((error: Error) => {
          // The sweep re-adds queued rows, so a Redis hiccup here delays mail but loses none.
          this.logger.warn(`enqueue of ${created.length} message(s) failed, sweep will retry: ${error.message}`);
        }),
      );
    }
    return created.map((c) => c.id);
  }

  private async insert(manager: EntityManager, messages: OutboxMessageInput[]) {
    const rows = messages.map((m) => ({
      dedupeKey: m.dedupeKey,
      organisingBodyId: m.organisingBodyId ?? null,
      campaignId: m.campaignId ?? null,
      recipient: toNfc(m.to).toLowerCase(),
      locale: m.locale,
      template: m.template,
      data: m.data,
      bulk: TEMPLATES[m.template].bulk,
      status: MessageStatus.Queued,
      maxAttempts: this.config.workers.mailMaxAttempts,
      sendAfter: m.sendAfter ?? null,
    }));
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values(rows as QueryDeepPartialEntity<OutboxMessage>[])
      .orIgnore()
      .returning(['id', 'sendAfter'])
      .execute();
    return (result.raw as { id: string; send_after: Date | null }[]).map((r) => ({ id: r.id, sendAfter: r.send_after }));
  }
}
