/**
 * npm run bench:campaign [-- --n 100000 --pool 10 --concurrency 50 --workers 2 | --enqueue-only]
 *
 * Creates N visitors (through the CSV import), sends one invitation campaign to all of them
 * through the whole api (fan-out → outbox → BullMQ → mail worker → pooled SMTP) to an SMTP
 * sink in a separate process, and in the same run sends the same N invitation emails through a
 * bare pooled nodemailer loop (same pool, same number in flight, one pre-rendered invitation with
 * its .ics) to the same sink, once before the campaign and once after (a VM's speed drifts over
 * minutes). Prints the time to enqueue everything, the time until the sink has the last message,
 * messages per second, lost and duplicated counts by Message-ID, and the campaign against the
 * mean of the two bare runs. The bare loop runs in as many processes as the campaign has worker
 * processes (bare-processes.ts), and both sides print CPU per message: user+sys of the bare
 * loop's processes, and of the api, the workers, PostgreSQL and Redis. Goals (issue 21):
 * throughput ≥ 0.9 × bare, CPU per message ≤ 1.25 × bare. On a loaded machine only the CPU
 * figures hold; the bench says so. Starts a private PostgreSQL and Redis (or uses DATABASE_URL
 * / REDIS_URL) and removes all it made.
 *
 * --workers K (default 2, as `npm run bench:mail`) runs the queue workers in K separate worker
 * processes (apps/worker), as production scales, splitting the SMTP pool and the messages in
 * flight between them so the totals stay those of the bare loop, while the api process imports
 * and fans out (WORKER_QUEUES); --workers 0 runs everything inside the api process, as
 * `npm start` does. --enqueue-only sends no mail at all and measures the fan-out alone: the
 * floor of the enqueue time on this machine.
 *
 * WORKER_NICE=10 lowers the worker processes' CPU priority (the sink follows them, see Sink).
 * BENCH_API_PROFILE=<file.cpuprofile> writes a CPU profile of the api process (import, fan-out,
 * HTTP) from the send until everything is enqueued; BENCH_WORKER_NODE_ARGS adds node flags to
 * the worker processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), BENCH_BARE_NODE_ARGS to
 * the bare loop's.
 */
import 'reflect-metadata';
import { cpus, getPriority } from 'node:os';
import { lowerCpuPriority } from '@hoicho/platform/runtime/lower-cpu-priority';
import { CleanUps, runBench } from '../support/clean-ups';
import { bareGoals, Goal, reportGoals } from '../support/pipeline-cpu';
import { measureBareLoop } from './campaign-bare';
import { campaignBenchOptions } from './campaign-options';
import { importVisitors } from './campaign-import';
import { sendCampaign } from './campaign-send';
import { startCampaignWorld } from './campaign-world';

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const o = campaignBenchOptions();
  const cleanUps = new CleanUps();
  try {
    const world = await startCampaignWorld(o, cleanUps);
    const { sink, names, workerPid } = world;
    out(
      `campaign benchmark: N=${o.n}, SMTP pool ${o.pool}, ${o.concurrency} in flight (MAIL_CONCURRENCY), ${o.enqueueOnly ? 'no mail sent (--enqueue-only)' : o.workers ? `workers in ${o.workers} separate process(es) at nice ${getPriority(workerPid)} (WORKER_NICE)` : 'workers in the api process'}, ${cpus().length} CPUs`,
    );
    // 1. The visitors; 2. the bare loop; 3. the campaign through the api.
    await importVisitors(world, o.n);
    const before = o.enqueueOnly ? undefined : await measureBareLoop(sink, o, names, 'before');
    if (workerPid) out(`  smtp sink now at the workers' nice: ${sink.matchPriorityOf(workerPid)}`);
    const campaign = await sendCampaign(world, o, !!before);
    if (!before || !campaign.delivered) {
      process.exitCode = campaign.enqueueMet ? 0 : 1;
      return;
    }
    const delivered = campaign.delivered;
    // 4. The bare loop again: this VM's speed drifts over minutes, so the campaign is compared
    // with the mean of a bare run on either side. The sink kept the workers' priority, so this
    // process (sending now, its api idle) takes it too and the two sides meet on equal terms.
    if (workerPid) lowerCpuPriority(getPriority(workerPid));
    const after = await measureBareLoop(sink, o, names, 'after');
    const bareMs = (before.elapsed + after.elapsed) / 2;
    out(
      `  bare loop: ${(before.elapsed / 1000).toFixed(2)} s before, ${(after.elapsed / 1000).toFixed(2)} s after, mean ${(bareMs / 1000).toFixed(2)} s`,
    );
    const goals: Goal[] = [
      [`enqueue ${(campaign.enqueueMs / 1000).toFixed(2)} s (goal ≤ 10 s)`, campaign.enqueueMet],
      ...bareGoals(
        o.n,
        { ms: delivered.ms, cpuSeconds: delivered.cpu.total },
        { ms: bareMs, cpuSeconds: (before.cpuSeconds + after.cpuSeconds) / 2 },
      ),
      [
        `0 lost, 0 duplicated, every invitation recorded`,
        delivered.lost === 0 && delivered.duplicated === 0 && delivered.recorded === o.n,
      ],
    ];
    reportGoals(goals);
  } finally {
    await cleanUps.run();
  }
}

runBench(main);
