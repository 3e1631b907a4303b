import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import nodemailer, { Transporter, TransportOptions } from 'nodemailer';
import { MailAddress, MailAttachment } from '../mails/mail-template';

export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: MailAttachment[];
  replyTo?: MailAddress | null;
}

/**
 * SMTP_POOL_SIZE connections with bounded waits; the capture server of the embedded default is
 * just another SMTP server. Each connection carries one message at a time and is handed to
 * the next only once the caller has recorded the server's answer (`send`'s `record`), so a
 * worker killed at any instant leaves at most one accepted but unrecorded message per
 * connection: the one whose answer it was reading or recording.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  /** One single-connection pool per connection, so it is ours to hand out. */
  private readonly connections: Transporter[];
  private readonly free: Transporter[];
  private readonly waiting: ((connection: Transporter) => void)[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { smtp } = config;
    this.connections = Array.from({ length: smtp.poolSize }, () =>
      nodemailer.createTransport({
        url: smtp.url,
        pool: true,
        maxConnections: 1,
        maxMessages: Infinity,
        connectionTimeout: smtp.timeoutMs,
        greetingTimeout: smtp.timeoutMs,
        socketTimeout: smtp.timeoutMs * 2,
      } as TransportOptions),
    );
    this.free = [...this.connections];
  }

  /**
   * Sends on a free connection and keeps it until `record` has stored the server's answer to
   * DATA (e.g. "250 OK: queued as …"). Rejects with the SMTP failure if the server refused or
   * the connection failed, or with `record`'s error (the message was accepted then).
   */
  async send(mail: OutgoingMail, record: (response: string) => Promise<void>): Promise<void> {
    const connection =
      this.free.pop() ?? (await new Promise<Transporter>((resolve) => this.waiting.push(resolve)));
    try {
      const info = await connection.sendMail({
        from: this.config.smtp.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers: mail.headers,
        attachments: mail.attachments,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      });
      await record(String(info.response ?? '250'));
    } finally {
      const next = this.waiting.shift();
      if (next) next(connection);
      else this.free.push(connection);
    }
  }

  onApplicationShutdown(): void {
    for (const connection of this.connections) connection.close();
  }
}
