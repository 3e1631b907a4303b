import { simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { SHUTDOWN, settledWithin } from '../runtime/deadline';
import { freePort } from './free-port';
import { MailboxStore } from './mailbox.store';

/** Lets a test make the server answer like a real one that defers or refuses a recipient. */
export type RecipientPolicy = (recipient: string) => { code: number; message: string } | undefined;

export interface RunningSmtpCapture {
  url: string;
  port: number;
  mailbox: MailboxStore;
  setRecipientPolicy(policy: RecipientPolicy | undefined): void;
  stop(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * An in-process SMTP server that keeps every message it accepts: the embedded default's
 * mail server, and the one tests read. To the transport it is just another SMTP server.
 */
export async function startSmtpCapture(
  options: { port?: number; mailbox?: MailboxStore } = {},
): Promise<RunningSmtpCapture> {
  const mailbox = options.mailbox ?? new MailboxStore();
  let policy: RecipientPolicy | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const verdict =
        policy?.(address.address) ??
        (mailbox.isUnreachable(address.address)
          ? { code: 550, message: `5.1.1 <${address.address}>: mailbox unavailable` }
          : undefined);
      callback(verdict ? smtpError(verdict.code, verdict.message) : undefined);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines)
            headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
          mailbox.add({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            messageId: parsed.messageId,
            subject: parsed.subject ?? '',
            from: parsed.from?.text ?? '',
            to: Array.isArray(parsed.to)
              ? parsed.to.map((a) => a.text).join(', ')
              : (parsed.to?.text ?? ''),
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers,
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content,
            })),
          });
          callback();
        })
        .catch((error: Error) =>
          callback(smtpError(451, `could not parse message: ${error.message}`)),
        );
    },
  });
  const port = options.port || (await freePort());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mailbox,
    setRecipientPolicy: (next) => (policy = next),
    // close() waits for clients to leave; a sender that stays is cut after the deadline.
    stop: async () => {
      await settledWithin(
        new Promise<void>((resolve) => server.close(() => resolve())),
        SHUTDOWN.closeMs,
      );
    },
  };
}
