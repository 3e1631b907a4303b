import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import nodemailer, { Transporter, TransportOptions } from 'nodemailer';
import { MailAddress, MailAttachment } from '../templates/mail-template';

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

/** Pooled SMTP with bounded waits; the capture server of the embedded default is just another SMTP server. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { smtp } = config;
    this.transporter = nodemailer.createTransport({
      url: smtp.url,
      pool: true,
      maxConnections: smtp.poolSize,
      maxMessages: Infinity,
      connectionTimeout: smtp.timeoutMs,
      greetingTimeout: smtp.timeoutMs,
      socketTimeout: smtp.timeoutMs * 2,
    } as TransportOptions);
  }

  /** Resolves with the server's answer to DATA (e.g. "250 OK: queued as …"). */
  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail({
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
    return String(info.response ?? '250');
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
