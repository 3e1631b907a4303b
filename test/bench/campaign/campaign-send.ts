import request from 'supertest';
import { messageIdFor } from '@hoicho/notifications';
import { sleep } from '../support/bench-args';
import { describeCpu, pipelineCpu } from '../support/pipeline-cpu';
import { poll } from '../support/poll';
import { cpuByRole, cpuSince } from '../support/process-cpu';
import { perMessage, serverCounters } from '../support/server-counters';
import { bareMessageId, tally } from '../support/sink-client';
import { startProfile, stopProfile } from './api-profile';
import { FROM } from './campaign-bare';
import type { CampaignBenchOptions } from './campaign-options';
import { API_ROLE, CampaignWorld } from './campaign-world';

const out = (line: string) => process.stdout.write(`${line}\n`);

/**
 * One invitation campaign to every visitor, sent through the api: prints the time to enqueue
 * everything and, when mail is sent (`delivering`), the time until the sink has the last
 * message, lost and duplicated, CPU per message by part and round trips per message.
 */
export async function sendCampaign(
  world: CampaignWorld,
  o: CampaignBenchOptions,
  delivering: boolean,
) {
  const { http, auth, dataSource, sink, names } = world;
  const campaign = await request(http)
    .post(`/api/v1/organising-bodies/${world.bodyId}/campaigns`)
    .set(auth)
    .send({ fairId: world.fairId, name: 'Tất cả khách mời', audience: { all: true }, maxGuests: 1 })
    .expect(201);
  const campaignId: string = campaign.body.id;
  const reached = delivering ? sink.reached(o.n) : undefined;
  const cpu = cpuByRole(names);
  const countersBefore = await serverCounters(world.urls);
  const profiler = process.env.BENCH_API_PROFILE ? await startProfile() : undefined;
  const started = Date.now();
  await request(http).post(`/api/v1/campaigns/${campaignId}/send`).set(auth).send({}).expect(202);
  const enqueued = await poll(
    'the fan-out',
    async () => {
      const [row] = await dataSource.query(
        `SELECT status, fan_out_finished_at FROM campaigns WHERE id = $1`,
        [campaignId],
      );
      return row.status === 'sent' ? new Date(row.fan_out_finished_at).getTime() : undefined;
    },
    600_000,
  );
  const enqueueMs = enqueued - started;
  out(
    `  campaign: time to enqueue everything: ${(enqueueMs / 1000).toFixed(2)} s (goal ≤ 10 s)${delivering ? '' : ', with no mail being sent'}`,
  );
  out(`    CPU meanwhile: ${cpuSince(cpu, cpuByRole(names))}`);
  if (profiler) await stopProfile(profiler, process.env.BENCH_API_PROFILE!);
  const enqueueMet = enqueueMs <= 10_000;
  if (!reached) {
    const [{ queued }] = await dataSource.query(
      `SELECT count(*)::int AS queued FROM outbox_messages WHERE campaign_id = $1 AND status = 'queued'`,
      [campaignId],
    );
    out(`    messages queued: ${queued} of ${o.n}`);
    return { enqueueMs, enqueueMet: enqueueMet && queued === o.n, delivered: undefined };
  }
  const ms = (await reached) - started;
  const cpuAfter = cpuByRole(names);
  // Let every row settle, then give a duplicate time to arrive.
  await poll(
    'every message to be sent',
    async () => {
      const [{ open }] = await dataSource.query(
        `SELECT count(*)::int AS open FROM outbox_messages WHERE campaign_id = $1 AND status <> 'sent'`,
        [campaignId],
      );
      return open === 0 ? true : undefined;
    },
    120_000,
  ).catch(() => undefined);
  await sleep(1000);
  const countersAfter = await serverCounters(world.urls);
  const ids: { id: string }[] = await dataSource.query(
    `SELECT id FROM outbox_messages WHERE campaign_id = $1`,
    [campaignId],
  );
  const report = await sink.report();
  const counted = tally(
    report,
    ids.map((row) => bareMessageId(messageIdFor(row.id, FROM))),
  );
  const progress = await request(http)
    .get(`/api/v1/campaigns/${campaignId}/progress`)
    .set(auth)
    .expect(200);
  const spent = pipelineCpu(cpu, cpuAfter, API_ROLE);
  out(`    invitations recorded: ${ids.length}`);
  out(
    `    time until the sink accepted the last message: ${(ms / 1000).toFixed(2)} s = ${Math.round(o.n / (ms / 1000))} msg/s`,
  );
  out(
    `    received ${report.total}, lost ${counted.lost}, duplicated ${counted.duplicated}${counted.unexpected ? `, unexpected ${counted.unexpected}` : ''}`,
  );
  out(`    CPU: ${cpuSince(cpu, cpuAfter)}`);
  out(`    CPU per message: ${describeCpu(spent, o.n)}`);
  out(`    per message: ${perMessage(countersBefore, countersAfter, o.n)}`);
  out(`    progress API: ${JSON.stringify(progress.body.mail)}`);
  return {
    enqueueMs,
    enqueueMet,
    delivered: { ms, cpu: spent, recorded: ids.length, ...counted },
  };
}
