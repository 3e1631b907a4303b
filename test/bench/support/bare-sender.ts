/**
 * One process of the multi-process bare loop (bare-processes.ts): sends its share of the bare
 * loop's messages through its own pooled nodemailer transport, and reports the CPU (user+sys)
 * it spent from the start of its share until the parent says the sink has everything.
 */
import nodemailer, { SendMailOptions } from 'nodemailer';
import { transportOptions } from './smtp-transport';

export interface BareShare {
  type: 'send';
  port: number;
  pool: number;
  concurrency: number;
  label: string;
  /** Message numbers first .. first + count - 1. */
  first: number;
  count: number;
  mail: Omit<SendMailOptions, 'to' | 'messageId'>;
}

/** Buffers cross IPC as plain byte arrays: nodemailer wants them back as Buffers. */
function revive(mail: BareShare['mail']): BareShare['mail'] {
  const attachments = (mail.attachments ?? []).map((a) =>
    a.content instanceof Uint8Array ? { ...a, content: Buffer.from(a.content) } : a,
  );
  return { ...mail, attachments };
}

let started = process.cpuUsage();

async function send(share: BareShare): Promise<number> {
  const mail = revive(share.mail);
  const transporter = nodemailer.createTransport(transportOptions(share.port, share.pool));
  let next = share.first;
  const end = share.first + share.count;
  let failed = 0;
  const lane = async () => {
    while (next < end) {
      const i = next++;
      await transporter
        .sendMail({
          ...mail,
          to: `r${i}@bench.example`,
          messageId: `<${share.label}-${i}@bench.local>`,
          headers: { ...(mail.headers as Record<string, string>), 'X-Hoicho-Message': String(i) },
        })
        .catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, share.concurrency) }, lane));
  transporter.close();
  return failed;
}

process.on('message', (message: BareShare | { type: 'cpu' | 'stop' }) => {
  if (message.type === 'send') {
    started = process.cpuUsage();
    void send(message).then((failed) => process.send!({ type: 'sent', failed }));
  } else if (message.type === 'cpu') {
    const { user, system } = process.cpuUsage(started);
    process.send!({ type: 'cpu', seconds: (user + system) / 1e6 });
  } else process.exit(0);
});
process.send!({ type: 'ready' });
