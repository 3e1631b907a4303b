import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { SweepRegistry } from '../sweep/sweep-registry';
import { WorkerHost } from './worker-host';

/**
 * The queue consumers and the sweeps of a worker process (or of an api with RUN_WORKERS): the
 * @JobHandler and @Sweep methods of the modules it is imported beside.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [WorkerHost, SweepRegistry],
})
export class WorkerHostModule {}
