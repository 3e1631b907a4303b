import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { MessageStatus } from '../outbox/message-status';
import { unsubscribeToken } from '../suppression/unsubscribe-token';
import { appLinks } from '../templates/app-links';
import { TemplateRenderer } from '../templates/template-renderer';
import { MailTransport } from '../transport/mail-transport';
import { classifySmtpFailure } from '../transport/smtp-failure';
import { randomUUID } from 'node:crypto';
import { MailQueue } from '../outbox/mail-queue';
import { Batcher, BatcherOptions } from './batcher';
import { Semaphore } from './semaphore';

interface ClaimedRow {
  id: string;
  recipient: string;
  locale: 'vi' | 'en';
  template: string;
  data: Record<string, unknown>;
  shared_data_id: string | null;
  bulk: boolean;
  attempts: number;
  max_attempts: number;
  suppressed: boolean;
}

interface Settlement {
  id: string;
  status: MessageStatus;
  smtp_response: string | null;
  last_error: string | null;
}

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
    private readonly dataSource: DataSource,
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
    // Joined to unnest, the ids probe the primary key one by one. As `id = ANY($1) AND status IN
    // (…)`, the plan depended on the statistics: right after a fan-out recorded 100,000 rows and
    // before autovacuum analysed them, PostgreSQL still thought few rows were queued and ANDed
    // the primary key with a scan of every queued row's entry in outbox_unfinished_idx, 1 ms per
    // claim of 7 messages at 30,000 queued (pkey alone: 0.1 ms).
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_messages m
          SET status = 'sending', attempts = m.attempts + 1, lease_until = now() + $2 * interval '1 millisecond',
              last_attempt_at = now(), updated_at = now()
         FROM unnest($1::uuid[]) AS c(id)
        WHERE m.id = c.id AND m.status IN ('queued', 'retrying') AND (m.send_after IS NULL OR m.send_after <= now())
        RETURNING m.id, m.recipient, m.locale, m.template, m.data, m.shared_data_id, m.bulk, m.attempts, m.max_attempts,
          EXISTS (SELECT 1 FROM suppressions s WHERE s.email = m.recipient::citext AND (s.scope = 'all' OR (m.bulk AND s.scope = 'bulk'))) AS suppressed`,
      [ids, this.config.workers.mailLeaseMs],
    )) as [ClaimedRow[], number];
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
      const found: { id: string; data: Record<string, unknown> }[] = await this.dataSource.query(
        'SELECT id, data FROM outbox_shared_data WHERE id = ANY($1::uuid[])',
        [missing],
      );
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
        await this.settle(settlements);
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

  private async settle(settlements: Settlement[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages m
          SET status = v.status, lease_until = NULL, next_attempt_at = NULL, updated_at = now(),
              sent_at = CASE WHEN v.status = 'sent' THEN now() ELSE m.sent_at END,
              smtp_response = COALESCE(v.smtp_response, m.smtp_response), last_error = v.last_error
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, status, smtp_response, last_error)
        WHERE m.id = v.id AND (m.status = 'sending' OR (v.status = 'sent' AND m.status = 'retrying'))`,
      // Parallel arrays, not a JSON record set: the planner sizes unnest exactly and probes the
      // primary key per row, and the statement plans in a third of the time (it runs per batch).
      [
        settlements.map((s) => s.id),
        settlements.map((s) => s.status),
        settlements.map((s) => s.smtp_response),
        settlements.map((s) => s.last_error),
      ],
    );
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
    const [deferred] = (await this.dataSource.query(
      `UPDATE outbox_messages
          SET status = 'retrying', lease_until = NULL, last_error = $2, smtp_response = $2, job_id = $4,
              next_attempt_at = now() + $3 * interval '1 millisecond', updated_at = now()
        WHERE id = $1 AND status = 'sending'
        RETURNING id`,
      [row.id, failure.reason, delay, jobId],
    )) as [{ id: string }[], number];
    if (deferred.length) {
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
