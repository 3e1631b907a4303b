import { randomUUID } from 'node:crypto';
import type { MailJob } from './mail-queue';

/**
 * A job id for each message: consecutive messages due at the same moment share one, up to
 * `size` to a job, so a campaign of 100,000 travels in 5,000 jobs instead of 100,000.
 */
export function batchJobIds(dueAt: number[], size: number): string[] {
  const ids: string[] = [];
  let current = '';
  let count = 0;
  dueAt.forEach((due, i) => {
    if (i === 0 || count === size || due !== dueAt[i - 1]) {
      current = randomUUID();
      count = 0;
    }
    ids.push(current);
    count++;
  });
  return ids;
}

/** Rows grouped into their jobs; a job starts when its latest message is due. */
export function jobsOf(rows: { id: string; jobId: string; sendAfter?: Date | null }[]): MailJob[] {
  const jobs = new Map<string, MailJob>();
  for (const row of rows) {
    const job = jobs.get(row.jobId) ?? { jobId: row.jobId, messageIds: [], sendAfter: null };
    job.messageIds.push(row.id);
    if (row.sendAfter && (!job.sendAfter || row.sendAfter > job.sendAfter)) {
      job.sendAfter = row.sendAfter;
    }
    jobs.set(row.jobId, job);
  }
  return [...jobs.values()];
}
