import { unsubscribeToken } from '@hoicho/notifications';
import { mailRenderer, TEMPLATES } from '../../support/mail-catalogue';
import { bareProcesses } from '../support/bare-processes';
import { perMail } from '../support/pipeline-cpu';
import { cpuByRole, cpuSince } from '../support/process-cpu';
import { Sink } from '../support/sink-client';
import type { CampaignBenchOptions } from './campaign-options';

export const FROM = 'Hội Chợ <no-reply@hoicho.local>';
export const PUBLIC_URL = 'https://hoicho.bench';

/**
 * The same N invitation emails through nodemailer alone: one invitation (with its .ics and
 * unsubscribe headers) rendered once, sent by as many processes as the campaign has workers.
 */
async function bareInvitations(sink: Sink, o: CampaignBenchOptions, label: string) {
  const data = {
    ...TEMPLATES['invitation.letter'].preview,
    rsvpStatus: 'pending' as const,
    ticketCode: null,
  };
  const unsubscribeUrl = `${PUBLIC_URL}/api/v1/unsubscribe?token=${unsubscribeToken('x@bench.example', 'bench')}`;
  const mail = await mailRenderer().render('invitation.letter', 'vi', data, { unsubscribeUrl });
  return bareProcesses(
    sink,
    {
      n: o.n,
      pool: o.pool,
      concurrency: o.concurrency,
      label,
      processes: Math.max(1, o.workers),
      warm: Math.min(2000, o.n),
    },
    {
      from: FROM,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      attachments: mail.attachments,
    },
  );
}

/** The bare loop's run (each process warmed up first), printed. */
export async function measureBareLoop(
  sink: Sink,
  o: CampaignBenchOptions,
  names: Map<number, string>,
  when: 'before' | 'after',
) {
  const cpu = cpuByRole(names);
  const bare = await bareInvitations(sink, o, `bare-${when}`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `  bare nodemailer loop, ${when} the campaign: ${o.n} in ${(bare.elapsed / 1000).toFixed(2)} s = ${Math.round(o.n / (bare.elapsed / 1000))} msg/s; received ${bare.received}, lost ${bare.lost}, duplicated ${bare.duplicated}${bare.failed ? `, ${bare.failed} sendMail calls failed` : ''}`,
  );
  out(
    `    CPU per message: ${perMail(bare.cpuSeconds, o.n)} (${bare.cpuSeconds.toFixed(1)} s in the ${Math.max(1, o.workers)} sending process(es); all: ${cpuSince(cpu, cpuByRole(names))})`,
  );
  return bare;
}
