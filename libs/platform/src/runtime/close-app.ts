import { INestApplicationContext } from '@nestjs/common';
import { SHUTDOWN, settledWithin } from './deadline';

/**
 * Nest's close within SHUTDOWN.appCloseMs. It runs every module's shutdown hooks one after
 * another, so one that hangs or throws (a queue that cannot reach Redis) would stop the rest;
 * past the deadline the caller goes on to stop the services. True if it closed cleanly.
 */
export async function closeApp(app: INestApplicationContext): Promise<boolean> {
  let failure: Error | undefined;
  const closing = app.close().catch((error: Error) => (failure = error));
  const inTime = await settledWithin(closing, SHUTDOWN.appCloseMs);
  if (!inTime)
    process.stderr.write(`shutdown: not closed within ${SHUTDOWN.appCloseMs} ms; going on\n`);
  else if (failure) process.stderr.write(`shutdown: ${failure.message}\n`);
  return inTime && !failure;
}
