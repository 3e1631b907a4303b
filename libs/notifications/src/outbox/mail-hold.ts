import type { MailJob } from './mail-queue';

/** Messages a hold keeps at most (their ids, about 100 bytes each) before it lets them go. */
export const HOLD_MESSAGES = 100_000;

/**
 * The queue jobs of one bulk mailing (a campaign's fan-out), kept back until the fan-out has
 * recorded every message and then added together. Senders that start on the first page take
 * the CPU the fan-out needs to record the rest (`npm run bench:campaign`, two cores: 100,000
 * invitations took 10.3 s to record while two worker processes sent, 5.9–6.8 s with the jobs
 * held), and the last message goes out no sooner for it: the same work is done either way. The messages are committed `queued` before
 * they are held, so a crash loses none (the outbox sweep re-adds them after OUTBOX_GRACE_MS);
 * a hold lets go by itself once it is older than `maxAgeMs` (well inside that grace) or holds
 * HOLD_MESSAGES, so a very large mailing starts sending while its fan-out goes on.
 */
export class MailHold {
  private jobs: MailJob[] = [];
  private messages = 0;
  private since = 0;

  constructor(
    private readonly enqueue: (jobs: MailJob[]) => Promise<void>,
    private readonly maxAgeMs: number,
  ) {}

  /** Keeps jobs of messages just committed; lets everything go when the hold is full or old. */
  async keep(jobs: MailJob[]): Promise<void> {
    if (jobs.length === 0) return;
    if (this.jobs.length === 0) this.since = Date.now();
    this.jobs.push(...jobs);
    for (const job of jobs) this.messages += job.messageIds.length;
    if (this.messages >= HOLD_MESSAGES || Date.now() - this.since >= this.maxAgeMs) {
      await this.release();
    }
  }

  /** Adds every held job to the queue (OutboxService.holding does when the fan-out ends). */
  async release(): Promise<void> {
    const jobs = this.jobs;
    this.jobs = [];
    this.messages = 0;
    if (jobs.length) await this.enqueue(jobs);
  }
}
