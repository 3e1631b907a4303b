import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { discoverMethods } from '../worker/discover-methods';
import { SWEEP, SweepOptions, UnderSweepLock } from './sweep.decorator';
import { underSweepLock } from './sweep-lock';
import { SweepTimer } from './sweep-timer';

/** Runs every @Sweep method of the providers on its own timer, each under its named lock. */
@Injectable()
export class SweepRegistry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepRegistry.name);
  private readonly timers: SweepTimer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const sweeps = discoverMethods<SweepOptions>(this.discovery, this.scanner, SWEEP);
    const locks = new Map<number, string>();
    for (const { meta, where } of sweeps) {
      const other = locks.get(meta.lock);
      if (other) throw new Error(`Sweeps ${other} and ${where} share the lock ${meta.lock}`);
      locks.set(meta.lock, where);
    }
    for (const { meta, call } of sweeps) {
      const underLock: UnderSweepLock = (work) => underSweepLock(this.dataSource, meta.lock, work);
      const sweep = call as (underLock: UnderSweepLock) => Promise<unknown>;
      const timer = new SweepTimer(meta.name, () => sweep(underLock), this.logger);
      timer.start(this.config.workers.sweepIntervalMs);
      this.timers.push(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.timers.map((timer) => timer.stop()));
  }
}
