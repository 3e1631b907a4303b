import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { MessageStatus } from '../outbox/message-status';
import { unsubscribeToken } from '../suppression/unsubscribe-token';
import { TemplateRenderer } from '../templates/template-renderer';
import { MailTransport } from '../transport/mail-transport';
import { classifySmtpFailure } from '../transport/smtp-failure';

interface ClaimedRow {
  id: string;
  recipient: string;
  locale: 'vi' | 'en';
  template: string;
  data: Record<string, unknown>;
  bulk: boolean;
  attempts: number;
  max_attempts: number;
  suppressed: boolean;
}

/** Thrown to let the queue try again later with backoff; the row already says `retrying`. */
export class RetryLater extends Error {}

export function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'hoicho.local';
  return `<${id}@${domain}>`;
}

/** One delivery attempt: claim, check suppression, render, send, record the answer. */
@Injectable()
export class DeliverMessage {
  private readonly logger = new Logger(DeliverMessage.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Only a queued or retrying row that is due can be claimed, so two workers never both send it. */
  private async claim(id: string): Promise<ClaimedRow | undefined> {
    const [rows] = await this.dataSource.query(
      `UPDATE outbox_messages m
          SET status = 'sending', attempts = attempts + 1, lease_until = now() + $2 * interval '1 millisecond',
              last_attempt_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'retrying') AND (send_after IS NULL OR send_after <= now())
        RETURNING id, recipient, locale, template, data, bulk, attempts, max_attempts,
          EXISTS (SELECT 1 FROM suppressions s WHERE s.email = m.recipient AND (s.scope = 'all' OR (m.bulk AND s.scope = 'bulk'))) AS suppressed`,
      [id, this.config.workers.mailLeaseMs],
    );
    return (rows as ClaimedRow[])[0];
  }

  private finish(id: string, status: MessageStatus, fields: { smtpResponse?: string; error?: string } = {}) {
    return this.dataSource.query(
      `UPDATE outbox_messages
          SET status = $2, lease_until = NULL, next_attempt_at = NULL, updated_at = now(),
              sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END,
              smtp_response = COALESCE($3, smtp_response), last_error = $4
        WHERE id = $1 AND status = 'sending'`,
      [id, status, fields.smtpResponse ?? null, fields.error ?? null],
    );
  }

  async deliver(id: string): Promise<MessageStatus | 'skipped'> {
    const row = await this.claim(id);
    if (!row) return 'skipped';
    if (row.suppressed) {
      await this.finish(id, MessageStatus.Suppressed, { error: 'address is on the suppression list' });
      return MessageStatus.Suppressed;
    }
    let rendered;
    try {
      const unsubscribeUrl = row.bulk ? `${this.config.publicUrl}/api/v1/unsubscribe?token=${unsubscribeToken(row.recipient, this.config.secret)}` : undefined;
      rendered = { ...(await this.renderer.render(row.template, row.locale, row.data, { unsubscribeUrl })), unsubscribeUrl };
    } catch (error) {
      await this.finish(id, MessageStatus.Failed, { error: `cannot render: ${(error as Error).message}` });
      return MessageStatus.Failed;
    }
    const headers: Record<string, string> = { 'X-Hoicho-Message': id };
    if (rendered.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${rendered.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      const response = await this.transport.send({
        messageId: messageIdFor(id, this.config.smtp.from),
        to: row.recipient,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        headers,
        attachments: rendered.attachments,
      });
      await this.finish(id, MessageStatus.Sent, { smtpResponse: response });
      return MessageStatus.Sent;
    } catch (error) {
      return this.recordFailure(row, error);
    }
  }

  private async recordFailure(row: ClaimedRow, error: unknown): Promise<MessageStatus> {
    const failure = classifySmtpFailure(error);
    if (failure.permanent || row.attempts >= row.max_attempts) {
      await this.finish(row.id, MessageStatus.Failed, { smtpResponse: failure.reason, error: failure.reason });
      return MessageStatus.Failed;
    }
    const delay = this.config.workers.mailBackoffMs * 2 ** (row.attempts - 1);
    await this.dataSource.query(
      `UPDATE outbox_messages
          SET status = 'retrying', lease_until = NULL, last_error = $2, smtp_response = $2,
              next_attempt_at = now() + $3 * interval '1 millisecond', updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [row.id, failure.reason, delay],
    );
    this.logger.debug(`message ${row.id} attempt ${row.attempts} deferred: ${failure.reason}`);
    throw new RetryLater(failure.reason);
  }
}
