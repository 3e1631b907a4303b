import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, toNfc, Tx, uuidV7s } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { MailTemplateRegistry } from '../mails/mail-template-registry';
import { TemplateName } from '../mails/template-data.map';
import { MailHold } from './mail-hold';
import { batchJobIds, jobsOf } from './mail-jobs';
import { MailJob, MailQueue } from './mail-queue';
import { MessageStatus } from './message-status';
import { messageData, OutboxMessageInput } from './outbox-message.input';
import { OutboxRepository } from './outbox.repository';

const INSERT_CHUNK = 2000;
const ENQUEUE_WAIT_MS = 2000;
/** What an erased person's messages show as their address (RFC 2606: never deliverable). */
export const ERASED_RECIPIENT = 'erased@erased.invalid';

interface CreatedMessage {
  id: string;
  sendAfter: Date | null;
  jobId: string;
}

/**
 * Domain code records messages inside its own transaction; the ids reach the queue only
 * after that transaction commits. A message whose dedupe key exists is not recorded again.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly mailQueue: MailQueue,
    private readonly templates: MailTemplateRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Returns the new message's id, or null when the dedupe key was already used. Throws
   * UnknownTemplateError, recording nothing, when no library registered the template.
   */
  async record<N extends TemplateName>(
    tx: Tx,
    message: OutboxMessageInput<N>,
  ): Promise<string | null> {
    const [id] = await this.recordMany(tx, [message]);
    return id ?? null;
  }

  /**
   * Bulk form for campaigns: multi-row inserts, one queue batch after commit, or into `hold`
   * (a fan-out's: see MailHold) when one is given.
   */
  async recordMany(tx: Tx, messages: OutboxMessageInput[], hold?: MailHold): Promise<string[]> {
    const created: CreatedMessage[] = [];
    for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
      created.push(...(await this.insert(tx.manager, messages.slice(i, i + INSERT_CHUNK))));
    }
    if (created.length) {
      const jobs = jobsOf(created);
      tx.afterCommit(() => (hold ? hold.keep(jobs) : this.enqueue(jobs)));
    }
    return created.map((c) => c.id);
  }

  /**
   * Runs a fan-out whose recordings pass `hold` to recordMany: their jobs reach the queue when
   * `work` ends, however it ends (MailHold says why).
   */
  async holding<T>(work: (hold: MailHold) => Promise<T>): Promise<T> {
    const hold = new MailHold((jobs) => this.enqueue(jobs), this.config.workers.sweepGraceMs / 3);
    try {
      return await work(hold);
    } finally {
      await hold.release();
    }
  }

  /**
   * Erasure of a person an organising body held (a deleted visitor): what is still waiting to
   * go to the address is not sent (status `suppressed`, so progress counts it as skipped), and
   * every one of the body's messages to it loses the address and its personal data; status,
   * times and campaign keep the figures right. A message already being sent cannot be
   * recalled. Runs in the caller's transaction. Returns how many messages it stopped.
   */
  async forgetRecipient(tx: Tx, organisingBodyId: string, email: string): Promise<number> {
    const recipient = toNfc(email).toLowerCase();
    const stopped = await this.outbox.suppressWaitingForErased(
      tx.manager,
      organisingBodyId,
      recipient,
    );
    await this.outbox.eraseRecipient(tx.manager, organisingBodyId, recipient, ERASED_RECIPIENT);
    return stopped;
  }

  /**
   * The sweep re-adds queued rows, so a Redis hiccup here delays mail but loses none. With
   * Redis away the add fails at once (the queue connection has no offline queue); one caught
   * by a Redis that goes mid-command waits for the reconnect, so the domain request stops
   * waiting after ENQUEUE_WAIT_MS and the add carries on behind.
   */
  private async enqueue(jobs: MailJob[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const added = this.mailQueue.add(jobs).then(
      () => true,
      (error: Error) => {
        this.logger.warn(
          `enqueue of ${jobs.length} job(s) failed, the sweep will add them: ${error.message}`,
        );
        return true;
      },
    );
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ENQUEUE_WAIT_MS);
      timer.unref();
    });
    const done = await Promise.race([added, gaveUp]);
    clearTimeout(timer);
    if (!done)
      this.logger.warn(
        `enqueue of ${jobs.length} job(s) is waiting for Redis; the sweep covers them`,
      );
  }

  /**
   * One statement per chunk whatever its size: the rows travel as a single JSON record set,
   * which is much cheaper than thousands of bound parameters, and what all of them share as
   * parameters of their own (recordSet). Consecutive messages due at the same time share a
   * job of up to MAIL_BATCH_SIZE. Returns the created rows in the order of `messages`; a used
   * dedupe key creates none.
   */
  private async insert(
    manager: EntityManager,
    messages: OutboxMessageInput[],
  ): Promise<CreatedMessage[]> {
    // Before anything is written: a template no library registered is refused (UnknownTemplateError).
    const bulk = messages.map((m) => this.templates.get(m.template).bulk);
    const jobIds = batchJobIds(
      messages.map((m) => m.sendAfter?.getTime() ?? 0),
      this.config.workers.mailBatchSize,
    );
    const sharedIds = await this.storeShared(manager, messages);
    // Time-ordered: a batch's rows go to the right edge of the primary key (see uuidV7s).
    const ids = uuidV7s(messages.length);
    const rows = messages.map((m, i) => {
      const sharedId = m.shared && sharedIds.get(m.shared);
      return {
        id: ids[i],
        job_id: jobIds[i],
        shared_data_id: sharedId ?? null,
        dedupe_key: m.dedupeKey,
        organising_body_id: m.organisingBodyId ?? null,
        campaign_id: m.campaignId ?? null,
        recipient: toNfc(m.to).toLowerCase(),
        locale: m.locale,
        template: m.template,
        data: sharedId ? m.data : messageData(m),
        bulk: bulk[i],
        max_attempts: this.config.workers.mailMaxAttempts,
        send_after: m.sendAfter ?? null,
      };
    });
    const created = await this.outbox.insert(manager, MessageStatus.Queued, rows);
    const index = new Map(messages.map((m, i) => [m.dedupeKey, i]));
    return created
      .map((row) => ({ id: row.id, at: index.get(row.dedupe_key)! }))
      .sort((a, b) => a.at - b.at)
      .map(({ id, at }) => ({ id, sendAfter: messages[at].sendAfter ?? null, jobId: jobIds[at] }));
  }

  /**
   * Each shared object (by identity) that several of these messages use, stored once; its id
   * by object. A message alone with its shared part keeps it inline: no second row for one mail.
   */
  private async storeShared(
    manager: EntityManager,
    messages: OutboxMessageInput[],
  ): Promise<Map<object, string>> {
    const uses = new Map<object, number>();
    for (const m of messages) if (m.shared) uses.set(m.shared, (uses.get(m.shared) ?? 0) + 1);
    const ids = new Map<object, string>();
    for (const [shared, count] of uses) if (count > 1) ids.set(shared, randomUUID());
    if (ids.size === 0) return ids;
    await this.outbox.insertSharedData(
      manager,
      [...ids].map(([data, id]) => ({ id, data })),
    );
    return ids;
  }
}
