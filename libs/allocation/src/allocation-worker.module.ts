import { Module } from '@nestjs/common';
import { AllocationModule } from './allocation.module';
import { AllocationSweeper } from './worker/allocation-sweeper';
import { AllocationWorker } from './worker/allocation.worker';

/** Allocation runs and the sweep (lost runs, expired offers): apps/worker, or in-process. */
@Module({
  imports: [AllocationModule],
  providers: [AllocationWorker, AllocationSweeper],
  exports: [AllocationSweeper],
})
export class AllocationWorkerModule {}
