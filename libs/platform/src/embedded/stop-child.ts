import { ChildProcess } from 'node:child_process';
import { SHUTDOWN, settledWithin } from '../runtime/deadline';

/**
 * Stops a private server: each signal in turn, each given SHUTDOWN.serviceStopMs to end the
 * process, so a server that ignores the polite one is still stopped. Resolves once it exited.
 */
export async function stopChild(child: ChildProcess, signals: NodeJS.Signals[]): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const signal of [...signals, 'SIGKILL' as const]) {
    child.kill(signal);
    if (await settledWithin(exited, SHUTDOWN.serviceStopMs)) return;
  }
}
