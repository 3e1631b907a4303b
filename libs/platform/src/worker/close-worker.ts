import { Logger } from '@nestjs/common';
import { Worker } from 'bullmq';
import { SHUTDOWN, settledWithin } from '../runtime/deadline';

/**
 * Closes a consumer within the shutdown deadline: the jobs in hand may finish (their rows
 * settle in PostgreSQL) for SHUTDOWN.drainMs. With Redis away BullMQ cannot record a job as
 * done and `close` would wait for it forever, so past the deadline the connections are cut;
 * what the jobs left unrecorded is re-run after its lease, as after a crash.
 */
export async function closeWorker(worker: Worker | undefined, logger: Logger): Promise<void> {
  if (!worker) return;
  if (await settledWithin(worker.close(), SHUTDOWN.drainMs)) return;
  logger.warn(
    `${worker.name} worker did not close within ${SHUTDOWN.drainMs} ms (Redis away?); disconnecting`,
  );
  await settledWithin(worker.disconnect(), SHUTDOWN.closeMs);
}
