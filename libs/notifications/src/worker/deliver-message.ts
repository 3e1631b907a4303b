import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { MessageStatus } from '../outbox/message-status';
import { ClaimedRow, OutboxRepository, Settlement } from '../outbox/outbox.repository';
import { unsubscribeToken } from '../suppression/unsubscribe-token';
import { appLinks } from '../mails/app-links';
import { TemplateRenderer } from '../mails/template-renderer';
import { MailTransport } from '../transport/mail-transport';
import { classifySmtpFailure } from '../transport/smtp-failure';
import { randomUUID } from 'node:crypto';
import { MailQueue } from '../outbox/mail-queue';
import { Batcher, BatcherOptions } from './batcher';
import { Semaphore } from './semaphore';

export function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'hoicho.local';
  return `<${id}@${domain}>`;
}

const SHARED_DATA_CACHE = 256;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One delivery attempt: claim, check suppression, render, send, record the answer. */
@Injectable()
export class DeliverMessage {
  private readonly logger = new Logger(DeliverMessage.name);

  /**
   * Claims of messages in flight at the same time share one statement: a batch goes as soon as
   * a quarter of the worker's concurrency waits, or after 20 ms. Settlements share one too,
   * within 5 ms, and the message's SMTP connection waits until its settlement is written
   * (MailTransport): a worker killed at any instant re-sends at most the message each
   * connection was sending.
   */
  private readonly claims: Batcher<string, ClaimedRow | undefined>;
  private readonly settlements: Batcher<Settlement, void>;
  /**
   * Messages between claim and settlement, across all jobs of this process: MAIL_CONCURRENCY,
   * whether they came one to a job or a campaign's batch to a job. So at most that many rows
   * are `sending` (and could be sent twice) if the process dies.
   */
  private readonly slots: Semaphore;
  private readonly sharedData = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
    private readonly mailQueue: MailQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.slots = new Semaphore(config.workers.mailConcurrency);
    const batching: BatcherOptions = {
      flushAt: Math.ceil(config.workers.mailConcurrency / 4),
      maxSize: 500,
      windowMs: 20,
    };
    this.claims = new Batcher((ids) => this.claimAll(ids), batching);
    // Records share a statement: one goes when half the connections' records wait, or 5 ms
    // after the first (a commit per message cost PostgreSQL and the worker about half as much
    // CPU again per message, measured with bench:mail). The connections wait meanwhile, which
    // costs little next to an SMTP conversation.
    this.settlements = new Batcher((settlements) => this.settleAll(settlements), {
      flushAt: Math.ceil(config.smtp.poolSize / 2),
      maxSize: 500,
      windowMs: 5,
    });
  }

  /** Only a queued or retrying row that is due can be claimed, so two workers never both send it. */
  private claim(id: string): Promise<ClaimedRow | undefined> {
    return this.claims.call(id);
  }

  private async claimAll(ids: string[]): Promise<(ClaimedRow | undefined)[]> {
    // One statement for the batch, probing the primary key per id (see OutboxRepository.claim).
    const rows = await this.outbox.claim(ids, this.config.workers.mailLeaseMs);
    await this.addSharedData(rows);
    const byId = new Map(rows.map((row) => [row.id, row]));
    // One claim per row even if an id were asked for twice in a batch.
    return ids.map((id) => {
      const row = byId.get(id);
      byId.delete(id);
      return row;
    });
  }

  /** Completes each row's data with what it shares with others (cached: it never changes). */
  private async addSharedData(rows: ClaimedRow[]): Promise<void> {
    const missing = [
      ...new Set(rows.map((r) => r.shared_data_id).filter((id): id is string => !!id)),
    ].filter((id) => !this.sharedData.has(id));
    if (missing.length) {
      const found = await this.outbox.findSharedData(missing);
      for (const { id, data } of found) {
        if (this.sharedData.size >= SHARED_DATA_CACHE) {
          this.sharedData.delete(this.sharedData.keys().next().value!);
        }
        this.sharedData.set(id, data);
      }
    }
    for (const row of rows) {
      if (row.shared_data_id)
        row.data = { ...this.sharedData.get(row.shared_data_id), ...row.data };
    }
  }

  /**
   * Settles a claimed row. A message the server accepted is recorded as sent even if its
   * lease ran out meanwhile and the sweep already marked it `retrying` (a slow send, not a
   * dead worker): otherwise it would be sent again.
   */
  private finish(
    id: string,
    status: MessageStatus,
    fields: { smtpResponse?: string; error?: string } = {},
  ): Promise<void> {
    return this.settlements.call({
      id,
      status,
      smtp_response: fields.smtpResponse ?? null,
      last_error: fields.error ?? null,
    });
  }

  /**
   * Records outcomes, trying again while PostgreSQL is away (a restart, a failover) for as
   * long as the rows' lease: a message the server accepted but that stayed `sending` would be
   * sent again once the lease is over.
   */
  private async settleAll(settlements: Settlement[]): Promise<void[]> {
    const giveUpAt = Date.now() + this.config.workers.mailLeaseMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.outbox.settle(settlements);
        if (attempt) this.logger.log(`recorded ${settlements.length} outcome(s) after a retry`);
        return settlements.map(() => undefined);
      } catch (error) {
        if (Date.now() >= giveUpAt) throw error;
        if (!attempt)
          this.logger.warn(
            `recording ${settlements.length} outcome(s) failed, trying again: ${(error as Error).message}`,
          );
        await sleep(Math.min(100 * 2 ** attempt, 2000));
      }
    }
  }

  /**
   * Delivers a job's messages side by side. A failure of one (the database gone) does not cut
   * the others short; the job fails once all have settled, and the sweep re-queues what is left.
   */
  async deliverAll(ids: string[]): Promise<(MessageStatus | 'skipped')[]> {
    const outcomes = await Promise.allSettled(
      ids.map((id) => this.slots.run(() => this.deliver(id))),
    );
    const failure = outcomes.find((o) => o.status === 'rejected');
    if (failure) throw failure.reason;
    return outcomes.map((o) => (o as PromiseFulfilledResult<MessageStatus | 'skipped'>).value);
  }

  private async deliver(id: string): Promise<MessageStatus | 'skipped'> {
    const row = await this.claim(id);
    if (!row) return 'skipped';
    if (row.suppressed) {
      await this.finish(id, MessageStatus.Suppressed, {
        error: 'address is on the suppression list',
      });
      return MessageStatus.Suppressed;
    }
    let rendered;
    try {
      const unsubscribeUrl = row.bulk
        ? appLinks.unsubscribe(
            this.config.publicUrl,
            unsubscribeToken(row.recipient, this.config.secret),
            row.locale,
          )
        : undefined;
      rendered = {
        ...(await this.renderer.render(row.template, row.locale, row.data, { unsubscribeUrl })),
        unsubscribeUrl,
      };
    } catch (error) {
      await this.finish(id, MessageStatus.Failed, {
        error: `cannot render: ${(error as Error).message}`,
      });
      return MessageStatus.Failed;
    }
    const headers: Record<string, string> = { 'X-Hoicho-Message': id };
    if (rendered.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${rendered.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    let accepted = false;
    try {
      await this.transport.send(
        {
          messageId: messageIdFor(id, this.config.smtp.from),
          to: row.recipient,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          headers,
          attachments: rendered.attachments,
          replyTo: rendered.replyTo,
        },
        (response) => {
          accepted = true;
          return this.finish(id, MessageStatus.Sent, { smtpResponse: response });
        },
      );
      return MessageStatus.Sent;
    } catch (error) {
      // Accepted but not recorded (PostgreSQL away past the lease): the lease decides, as after a crash.
      if (accepted) throw error;
      return this.recordFailure(row, error);
    }
  }

  private async recordFailure(row: ClaimedRow, error: unknown): Promise<MessageStatus> {
    const failure = classifySmtpFailure(error);
    if (failure.permanent || row.attempts >= row.max_attempts) {
      await this.finish(row.id, MessageStatus.Failed, {
        smtpResponse: failure.reason,
        error: failure.reason,
      });
      return MessageStatus.Failed;
    }
    // The next attempt travels alone, in a delayed job whose id the row records first: if the
    // add fails, the sweep finds no such job once the attempt is due and adds it.
    const delay = this.config.workers.mailBackoffMs * 2 ** (row.attempts - 1);
    const jobId = randomUUID();
    if (await this.outbox.deferRetry(row.id, failure.reason, delay, jobId)) {
      await this.mailQueue
        .add([{ jobId, messageIds: [row.id], sendAfter: new Date(Date.now() + delay) }])
        .catch((error: Error) =>
          this.logger.warn(`retry of ${row.id} left to the sweep: ${error.message}`),
        );
    }
    this.logger.debug(`message ${row.id} attempt ${row.attempts} deferred: ${failure.reason}`);
    return MessageStatus.Retrying;
  }
}
