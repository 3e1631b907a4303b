import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SweepLock } from './sweep-locks';

export const SWEEP = 'hoicho:sweep';

export interface SweepOptions {
  /** Names the sweep in the log. */
  name: string;
  lock: SweepLock;
}

/**
 * Runs `work` in a transaction holding the sweep's lock, or not at all (undefined) when
 * another process sweeps right now.
 */
export type UnderSweepLock = <T>(
  work: (manager: EntityManager) => Promise<T>,
) => Promise<T | undefined>;

/**
 * Declares a sweep: the sweep registry calls the method every OUTBOX_SWEEP_INTERVAL_MS in every
 * worker process, never two at once in one process, handing it its lock.
 */
export function Sweep(options: SweepOptions) {
  return <T extends (underLock: UnderSweepLock) => Promise<unknown>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<T>,
  ): void => {
    SetMetadata<string, SweepOptions>(SWEEP, options)(target, key, descriptor);
  };
}
