import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';

/**
 * Without a listener BullMQ prints every connection error while Redis is away; this says it
 * once a minute per queue, and the connection keeps retrying on its own.
 */
export function logQueueErrors(queue: Queue, logger: Logger): void {
  let lastWarning = 0;
  queue.on('error', (error: Error) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    logger.warn(`${queue.name} queue: ${error.message}`);
  });
}
